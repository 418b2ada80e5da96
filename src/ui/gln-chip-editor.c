/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-chip-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-chip-editor.h"

#include "gln-macros.h"

#include <string.h>

/* A row of removable chips (a paper's tags, its collections) and a button that adds one,
 * with the existing names offered as the user types. It only shows values and reports
 * what the user asked for: the owner stores the change and sets the new values. */
struct _GlnChipEditor
{
  GtkWidget      parent_instance;

  GStrv          values;
  GStrv          suggestions;
  char          *add_text;
  char          *remove_format;

  GtkFlowBox    *flow_box;
  GtkMenuButton *add_button;
  GtkLabel      *add_label;
  GtkPopover    *popover;
  GtkEntry      *entry;
  GtkListBox    *suggestions_list;
  GtkWidget     *suggestions_window;
  GtkWidget     *create_row;     /* the last suggestion: a new value of the typed text */
  GtkLabel      *create_label;
};

enum {
  PROP_0,
  PROP_ADD_LABEL,
  PROP_PLACEHOLDER,
  PROP_REMOVE_FORMAT,
  N_PROPS
};

enum {
  ADD,
  REMOVE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnChipEditor, gln_chip_editor, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static gboolean
has_value (GlnChipEditor *self,
           const char    *value)
{
  for (guint i = 0; self->values != NULL && self->values[i] != NULL; i++)
    if (g_utf8_collate (self->values[i], value) == 0)
      return TRUE;

  return FALSE;
}

static void
remove_clicked_cb (GtkButton     *button,
                   GlnChipEditor *self)
{
  const char *value = g_object_get_data (G_OBJECT (button), "gln-chip-value");

  g_signal_emit (self, signals [REMOVE], 0, value);
}

static GtkWidget *
create_chip (GlnChipEditor *self,
             const char    *value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (value);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *remove_label = NULL;

  /* The format is a translated "Remove Tag “%s”" set by the owner. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  remove_label = g_strdup_printf (self->remove_format ?: _("Remove “%s”"), value);
#pragma GCC diagnostic pop

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_add_css_class (box, "chip");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "gln-chip-value", g_strdup (value), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), remove);

  return box;
}

static void
rebuild_chips (GlnChipEditor *self)
{
  GtkWidget *child;

  /* The add button is the last child and stays. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box))) &&
         gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)) != GTK_WIDGET (self->add_button))
    gtk_flow_box_remove (self->flow_box, child);

  for (guint i = 0; self->values != NULL && self->values[i] != NULL; i++)
    gtk_flow_box_insert (self->flow_box, create_chip (self, self->values[i]), i);
}

static char *
dup_typed_text (GlnChipEditor *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}

/* The existing name the text spells, in its own spelling, or NULL. */
static const char *
find_suggestion (GlnChipEditor *self,
                 const char    *text)
{
  for (guint i = 0; self->suggestions != NULL && self->suggestions[i] != NULL; i++)
    if (g_utf8_collate (self->suggestions[i], text) == 0 ||
        g_ascii_strcasecmp (self->suggestions[i], text) == 0)
      return self->suggestions[i];

  return NULL;
}

/* "Create" is offered for typed text that is neither an existing name nor a value. */
static gboolean
offers_create (GlnChipEditor *self)
{
  g_autofree char *text = dup_typed_text (self);

  return *text != '\0' && find_suggestion (self, text) == NULL && !has_value (self, text);
}

static gboolean
filter_suggestion (GtkListBoxRow *row,
                   gpointer       user_data)
{
  GlnChipEditor *self = user_data;
  const char *value = g_object_get_data (G_OBJECT (row), "gln-chip-value");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *folded_value = NULL;
  g_autofree char *folded_text = NULL;

  if (GTK_WIDGET (row) == self->create_row)
    return offers_create (self);
  if (has_value (self, value))
    return FALSE;
  if (text == NULL || *text == '\0')
    return TRUE;

  folded_value = g_utf8_casefold (value, -1);
  folded_text = g_utf8_casefold (text, -1);
  return strstr (folded_value, folded_text) != NULL;
}

static void
rebuild_suggestions (GlnChipEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_list))))
    gtk_list_box_remove (self->suggestions_list, child);

  for (guint i = 0; self->suggestions != NULL && self->suggestions[i] != NULL; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (self->suggestions[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "gln-chip-value", g_strdup (self->suggestions[i]),
                              g_free);
      gtk_list_box_append (self->suggestions_list, row);
    }

  self->create_row = gtk_list_box_row_new ();
  self->create_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->create_label, 0);
  gtk_label_set_ellipsize (self->create_label, PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->create_row),
                              GTK_WIDGET (self->create_label));
  gtk_list_box_append (self->suggestions_list, self->create_row);

  gtk_list_box_invalidate_filter (self->suggestions_list);
}

static GtkListBoxRow *
next_shown_row (GlnChipEditor *self,
                GtkWidget     *from,
                gboolean       forward)
{
  GtkWidget *row = from;

  do
    {
      if (row == NULL)
        row = forward ? gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_list))
                      : gtk_widget_get_last_child (GTK_WIDGET (self->suggestions_list));
      else
        row = forward ? gtk_widget_get_next_sibling (row) : gtk_widget_get_prev_sibling (row);
    }
  while (row != NULL && !filter_suggestion (GTK_LIST_BOX_ROW (row), self));

  return GTK_LIST_BOX_ROW (row);
}

/* Typing highlights the first name that matches, so that Return takes it; Up and Down
 * move the highlight, and the last row creates a new value of the typed text. */
static void
highlight_first (GlnChipEditor *self)
{
  g_autofree char *text = dup_typed_text (self);
  GtkListBoxRow *row = *text != '\0' ? next_shown_row (self, NULL, TRUE) : NULL;

  if (row != NULL)
    gtk_list_box_select_row (self->suggestions_list, row);
  else
    gtk_list_box_unselect_all (self->suggestions_list);
}

static gboolean
entry_key_pressed_cb (GlnChipEditor         *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->suggestions_list);
  GtkListBoxRow *row;
  gboolean forward;

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    forward = TRUE;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    forward = FALSE;
  else
    return GDK_EVENT_PROPAGATE;

  row = next_shown_row (self, GTK_WIDGET (selected), forward);
  if (row == NULL && selected == NULL)
    return GDK_EVENT_STOP;
  if (row != NULL)
    gtk_list_box_select_row (self->suggestions_list, row);
  else if (!forward)
    gtk_list_box_unselect_all (self->suggestions_list);

  return GDK_EVENT_STOP;
}

static void
update_suggestions_visible (GlnChipEditor *self)
{
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_list));
       child != NULL && !any;
       child = gtk_widget_get_next_sibling (child))
    any = filter_suggestion (GTK_LIST_BOX_ROW (child), self);

  gtk_widget_set_visible (self->suggestions_window, any);
}

static void
add_value (GlnChipEditor *self,
           const char    *text)
{
  g_autofree char *value = g_strstrip (g_strdup (text));

  /* An existing name is reused with its own spelling. */
  if (find_suggestion (self, value) != NULL)
    gln_set_str (&value, find_suggestion (self, value));

  gtk_popover_popdown (self->popover);
  if (*value != '\0' && !has_value (self, value))
    g_signal_emit (self, signals [ADD], 0, value);
}

static void
suggestion_activated_cb (GlnChipEditor *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list_box)
{
  if (GTK_WIDGET (row) == self->create_row)
    add_value (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  else
    add_value (self, g_object_get_data (G_OBJECT (row), "gln-chip-value"));
}

/* Return takes the highlighted row: what matches the typed text, or a new value. */
static void
entry_activate_cb (GlnChipEditor *self,
                   GtkEntry      *entry)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->suggestions_list);

  if (row != NULL && filter_suggestion (row, self))
    suggestion_activated_cb (self, row, self->suggestions_list);
  else
    add_value (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
entry_changed_cb (GlnChipEditor *self,
                  GtkEntry      *entry)
{
  g_autofree char *text = dup_typed_text (self);
  g_autofree char *create = NULL;

  /* Translators: the row that makes a new tag or collection of the typed name */
  create = g_strdup_printf (_("Create “%s”"), text);
  if (self->create_label != NULL)
    gtk_label_set_label (self->create_label, create);
  gtk_list_box_invalidate_filter (self->suggestions_list);
  update_suggestions_visible (self);
  highlight_first (self);
}

static void
popover_show_cb (GlnChipEditor *self,
                 GtkPopover    *popover)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_list_box_invalidate_filter (self->suggestions_list);
  update_suggestions_visible (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
gln_chip_editor_dispose (GObject *object)
{
  GlnChipEditor *self = (GlnChipEditor *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_CHIP_EDITOR);
  /* Template children that are not bound are not unparented by the line above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gln_chip_editor_parent_class)->dispose (object);
}

static void
gln_chip_editor_finalize (GObject *object)
{
  GlnChipEditor *self = (GlnChipEditor *)object;

  g_clear_pointer (&self->values, g_strfreev);
  g_clear_pointer (&self->suggestions, g_strfreev);
  g_clear_pointer (&self->add_text, g_free);
  g_clear_pointer (&self->remove_format, g_free);

  G_OBJECT_CLASS (gln_chip_editor_parent_class)->finalize (object);
}

static void
gln_chip_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GlnChipEditor *self = GLN_CHIP_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ADD_LABEL:
      g_value_set_string (value, gtk_label_get_label (self->add_label));
      break;
    case PROP_PLACEHOLDER:
      g_value_set_string (value, gtk_entry_get_placeholder_text (self->entry));
      break;
    case PROP_REMOVE_FORMAT:
      g_value_set_string (value, self->remove_format);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_chip_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GlnChipEditor *self = GLN_CHIP_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ADD_LABEL:
      gtk_label_set_label (self->add_label, g_value_get_string (value));
      {
        g_autofree char *plain = g_strdup (g_value_get_string (value));
        char *from = plain;
        char *to = plain;

        /* "Add _Tag" is read as "Add Tag". */
        for (; from != NULL && *from != '\0'; from++)
          if (*from != '_')
            *to++ = *from;
        if (to != NULL)
          *to = '\0';
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
      }
      break;
    case PROP_PLACEHOLDER:
      gtk_entry_set_placeholder_text (self->entry, g_value_get_string (value));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, g_value_get_string (value),
                                      -1);
      break;
    case PROP_REMOVE_FORMAT:
      g_free (self->remove_format);
      self->remove_format = g_value_dup_string (value);
      rebuild_chips (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_chip_editor_class_init (GlnChipEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_chip_editor_dispose;
  object_class->finalize = gln_chip_editor_finalize;
  object_class->get_property = gln_chip_editor_get_property;
  object_class->set_property = gln_chip_editor_set_property;

  properties [PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_PLACEHOLDER] =
    g_param_spec_string ("placeholder", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_REMOVE_FORMAT] =
    g_param_spec_string ("remove-format", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [ADD] =
    g_signal_new ("add",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals [REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-chip-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnChipEditor, flow_box);
  gtk_widget_class_bind_template_child (widget_class, GlnChipEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, GlnChipEditor, add_label);
  gtk_widget_class_bind_template_child (widget_class, GlnChipEditor, popover);
  gtk_widget_class_bind_template_child (widget_class, GlnChipEditor, entry);
  gtk_widget_class_bind_template_child_full (widget_class, "suggestions", FALSE,
                                             G_STRUCT_OFFSET (GlnChipEditor, suggestions_list));
  gtk_widget_class_bind_template_child (widget_class, GlnChipEditor, suggestions_window);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, suggestion_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);

  gtk_widget_class_set_css_name (widget_class, "chipeditor");
}

static void
gln_chip_editor_init (GlnChipEditor *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->suggestions_list, filter_suggestion, self, NULL);
  rebuild_suggestions (self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "gln-chip-editor-keys");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}

GtkWidget *
gln_chip_editor_new (void)
{
  return g_object_new (GLN_TYPE_CHIP_EDITOR, NULL);
}

const char * const *
gln_chip_editor_get_values (GlnChipEditor *self)
{
  g_return_val_if_fail (GLN_IS_CHIP_EDITOR (self), NULL);

  return (const char * const *) self->values;
}

void
gln_chip_editor_set_values (GlnChipEditor      *self,
                            const char * const *values)
{
  g_return_if_fail (GLN_IS_CHIP_EDITOR (self));

  if (self->values != NULL && values != NULL &&
      g_strv_equal (values, (const char * const *) self->values))
    return;

  g_strfreev (self->values);
  self->values = g_strdupv ((char **) values);
  rebuild_chips (self);
}

void
gln_chip_editor_set_suggestions (GlnChipEditor      *self,
                                 const char * const *suggestions)
{
  g_return_if_fail (GLN_IS_CHIP_EDITOR (self));

  if (self->suggestions != NULL && suggestions != NULL &&
      g_strv_equal (suggestions, (const char * const *) self->suggestions))
    return;

  g_strfreev (self->suggestions);
  self->suggestions = g_strdupv ((char **) suggestions);
  rebuild_suggestions (self);
}

/* Opens the entry for a new value, as the keyboard shortcuts do. */
void
gln_chip_editor_popup (GlnChipEditor *self)
{
  g_return_if_fail (GLN_IS_CHIP_EDITOR (self));

  gtk_menu_button_popup (self->add_button);
}
