/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-merge-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-merge-pane.h"

/* Two possible duplicates side by side, as Zotero's merge pane shows them: which record is
 * the master (it keeps its key), and for each field where the papers differ, a pair of
 * toggles to pick the value that stays. Where both papers are screened in a collection and
 * disagree, nothing is decided until the user picks whose decisions stay; that choice comes
 * first, where it cannot be missed. */
struct _GlnMergePane
{
  GtkWidget        parent_instance;

  GlnPaper        *papers[3];     /* indexed by GlnMergeSide; [0] is unused */
  GPtrArray       *choices;       /* Choice */
  GtkSizeGroup    *label_group;
  GtkCheckButton  *master_buttons[3];
  GlnMergeSide     master;
  GlnMergeSide     screening;
  guint            n_conflicts;
  gboolean         syncing;

  GtkLabel        *reason_label;
  GtkGrid         *master_grid;
  GtkGrid         *grid;
  GtkWidget       *screening_box;
  GtkGrid         *screening_grid;
};

/* One row that asks the user: a field (@field set) or a collection's screening. */
typedef struct
{
  char            *field;
  gboolean         empty[3];
  GtkToggleButton *buttons[3];
} Choice;

enum {
  PROP_0,
  PROP_READY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnMergePane, gln_merge_pane, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

static void
choice_free (Choice *choice)
{
  g_free (choice->field);
  g_free (choice);
}

static GlnMergeSide
other_side (GlnMergeSide side)
{
  return side == GLN_MERGE_SIDE_A ? GLN_MERGE_SIDE_B : GLN_MERGE_SIDE_A;
}

static GlnMergeSide
choice_get_side (Choice *choice)
{
  if (gtk_toggle_button_get_active (choice->buttons[GLN_MERGE_SIDE_A]))
    return GLN_MERGE_SIDE_A;
  if (gtk_toggle_button_get_active (choice->buttons[GLN_MERGE_SIDE_B]))
    return GLN_MERGE_SIDE_B;

  return GLN_MERGE_SIDE_NONE;
}

static void
choice_set_side (GlnMergePane *self,
                 Choice       *choice,
                 GlnMergeSide  side)
{
  self->syncing = TRUE;
  gtk_toggle_button_set_active (choice->buttons[side], TRUE);
  self->syncing = FALSE;
}

static void
remove_children (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

/* Each field starts with the master's value, or the other's where the master has none. */
static void
reset_fields (GlnMergePane *self)
{
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);
      GlnMergeSide side = self->master;

      if (choice->field == NULL)
        continue;
      if (choice->empty[side] && !choice->empty[other_side (side)])
        side = other_side (side);
      choice_set_side (self, choice, side);
    }
}

static void
set_screening (GlnMergePane *self,
               GlnMergeSide  side)
{
  gboolean was_ready = gln_merge_pane_get_ready (self);

  self->screening = side;

  /* The store keeps one paper's decisions in every collection, so one pick sets them all. */
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (choice->field == NULL && side != GLN_MERGE_SIDE_NONE && choice_get_side (choice) != side)
        choice_set_side (self, choice, side);
    }

  if (was_ready != gln_merge_pane_get_ready (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READY]);
}

static void
choice_toggled_cb (GlnMergePane    *self,
                   GtkToggleButton *button)
{
  Choice *choice = g_object_get_data (G_OBJECT (button), "gln-choice");

  if (self->syncing || !gtk_toggle_button_get_active (button) || choice->field != NULL)
    return;

  set_screening (self, choice_get_side (choice));
}

static void
master_toggled_cb (GlnMergePane   *self,
                   GtkCheckButton *button)
{
  if (!gtk_check_button_get_active (button))
    return;

  self->master = button == self->master_buttons[GLN_MERGE_SIDE_A] ? GLN_MERGE_SIDE_A
                                                                   : GLN_MERGE_SIDE_B;
  reset_fields (self);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* The field's name, at the start of its row. */
static void
attach_row_label (GlnMergePane *self,
                  GtkGrid      *grid,
                  const char   *text,
                  int           row)
{
  GtkWidget *label = new_label (text, "dim-label");

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (label, 7);
  gtk_size_group_add_widget (self->label_group, label);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
}

static GtkToggleButton *
new_choice_button (GlnMergePane    *self,
                   Choice          *choice,
                   const char      *value,
                   const char      *accessible_label,
                   GtkToggleButton *group)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *label = new_label (value != NULL ? value : _("None"), value ? NULL : "dim-label");

  /* An abstract shows its start; the rest is in the paper. */
  gtk_label_set_lines (GTK_LABEL (label), 6);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "merge-choice");
  gtk_widget_set_hexpand (button, TRUE);
  /* A merge never empties a field that has a value. */
  gtk_widget_set_sensitive (button, value != NULL);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, value ? value : _("None"),
                                  -1);
  g_object_set_data (G_OBJECT (button), "gln-choice", choice);
  g_signal_connect_object (button, "toggled", G_CALLBACK (choice_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_TOGGLE_BUTTON (button);
}

/* A row of two toggles, one per paper; the values are shown as @value_a and @value_b. */
static Choice *
attach_choice (GlnMergePane *self,
               GtkGrid      *grid,
               int           row,
               const char   *field,
               const char   *label,
               const char   *value_a,
               const char   *value_b)
{
  Choice *choice = g_new0 (Choice, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;

  if (field != NULL)
    {
      /* Translators: %s is a field such as “Title” */
      name_a = g_strdup_printf (_("%s of paper A"), label);
      /* Translators: %s is a field such as “Title” */
      name_b = g_strdup_printf (_("%s of paper B"), label);
    }
  else
    {
      /* Translators: %s is a collection's name */
      name_a = g_strdup_printf (_("Decision of paper A in “%s”"), label);
      /* Translators: %s is a collection's name */
      name_b = g_strdup_printf (_("Decision of paper B in “%s”"), label);
    }

  choice->field = g_strdup (field);
  choice->empty[GLN_MERGE_SIDE_A] = value_a == NULL;
  choice->empty[GLN_MERGE_SIDE_B] = value_b == NULL;
  choice->buttons[GLN_MERGE_SIDE_A] = new_choice_button (self, choice, value_a, name_a, NULL);
  choice->buttons[GLN_MERGE_SIDE_B] = new_choice_button (self, choice, value_b, name_b,
                                                         choice->buttons[GLN_MERGE_SIDE_A]);
  g_ptr_array_add (self->choices, choice);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (choice->buttons[GLN_MERGE_SIDE_A]));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (choice->buttons[GLN_MERGE_SIDE_B]));
  gtk_widget_set_hexpand (box, TRUE);
  attach_row_label (self, grid, label, row);
  gtk_grid_attach (grid, box, 1, row, 1, 1);

  return choice;
}

static GtkWidget *
new_master_button (GlnMergePane *self,
                   GlnMergeSide  side,
                   const char   *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button = gtk_check_button_new_with_label (title);
  GtkWidget *key = new_label (gln_paper_get_key (self->papers[side]), "caption");

  gtk_widget_add_css_class (button, "heading");
  gtk_widget_add_css_class (key, "dim-label");
  gtk_widget_set_margin_start (key, 28);
  gtk_label_set_selectable (GTK_LABEL (key), TRUE);
  if (side == GLN_MERGE_SIDE_B)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), self->master_buttons[GLN_MERGE_SIDE_A]);
  self->master_buttons[side] = GTK_CHECK_BUTTON (button);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), side == self->master);
  g_signal_connect_object (button, "toggled", G_CALLBACK (master_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), key);

  return box;
}

/* The first rows: which paper is the master record, headed A and B. */
static void
attach_masters (GlnMergePane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), new_master_button (self, GLN_MERGE_SIDE_A, _("Paper A")));
  gtk_box_append (GTK_BOX (box), new_master_button (self, GLN_MERGE_SIDE_B, _("Paper B")));
  attach_row_label (self, self->master_grid, _("Master record"), 0);
  gtk_grid_attach (self->master_grid, box, 1, 0, 1, 1);
  gtk_widget_set_margin_top (separator, 4);
  gtk_grid_attach (self->master_grid, separator, 0, 1, 2, 1);
}

static void
attach_fields (GlnMergePane *self)
{
  const GlnDuplicateField *fields;
  guint n_fields;
  int row = 0;

  fields = gln_duplicate_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value_a = gln_duplicate_dup_value (self->papers[GLN_MERGE_SIDE_A],
                                                          fields[i].name);
      g_autofree char *value_b = gln_duplicate_dup_value (self->papers[GLN_MERGE_SIDE_B],
                                                          fields[i].name);
      const char *label = gln_duplicate_field_label (&fields[i]);
      GtkWidget *same;

      if (gln_str_empty0 (value_a) && gln_str_empty0 (value_b))
        continue;

      if (g_strcmp0 (value_a, value_b) != 0)
        {
          attach_choice (self, self->grid, row++, fields[i].name, label,
                         gln_str_empty0 (value_a) ? NULL : value_a,
                         gln_str_empty0 (value_b) ? NULL : value_b);
          continue;
        }

      /* The same in both: nothing to choose. */
      same = new_label (value_a, NULL);
      gtk_label_set_lines (GTK_LABEL (same), 4);
      gtk_label_set_ellipsize (GTK_LABEL (same), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_top (same, 7);
      gtk_widget_set_margin_start (same, 11);
      gtk_widget_set_hexpand (same, TRUE);
      attach_row_label (self, self->grid, label, row);
      gtk_grid_attach (self->grid, same, 1, row++, 1, 1);
    }
}

/* A row per collection where both papers are screened and the decisions differ. */
static void
attach_screening (GlnMergePane       *self,
                  const GlnDuplicate *duplicate)
{
  int row = 0;

  for (guint i = 0; duplicate->screening != NULL && i < duplicate->screening->len; i++)
    {
      GlnDuplicateScreening *s = g_ptr_array_index (duplicate->screening, i);

      if (s->status_a <= GLN_SCREENING_UNSCREENED || s->status_b <= GLN_SCREENING_UNSCREENED ||
          s->status_a == s->status_b)
        continue;

      attach_choice (self, self->screening_grid, row++, NULL, s->collection,
                     gln_screening_get_label (s->status_a),
                     gln_screening_get_label (s->status_b));
    }

  self->n_conflicts = row;
  gtk_widget_set_visible (self->screening_box, row > 0);
}

static void
gln_merge_pane_dispose (GObject *object)
{
  GlnMergePane *self = (GlnMergePane *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_MERGE_PANE);
  /* The clamp is not a bound child, so the line above leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->papers[GLN_MERGE_SIDE_A]);
  g_clear_object (&self->papers[GLN_MERGE_SIDE_B]);
  g_clear_object (&self->label_group);

  G_OBJECT_CLASS (gln_merge_pane_parent_class)->dispose (object);
}

static void
gln_merge_pane_finalize (GObject *object)
{
  GlnMergePane *self = (GlnMergePane *)object;

  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (gln_merge_pane_parent_class)->finalize (object);
}

static void
gln_merge_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GlnMergePane *self = GLN_MERGE_PANE (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, gln_merge_pane_get_ready (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_merge_pane_class_init (GlnMergePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_merge_pane_dispose;
  object_class->finalize = gln_merge_pane_finalize;
  object_class->get_property = gln_merge_pane_get_property;

  /**
   * GlnMergePane:ready:
   *
   * Whether every choice the merge needs is made: only a screening conflict waits for one.
   */
  properties [PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-merge-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnMergePane, reason_label);
  gtk_widget_class_bind_template_child (widget_class, GlnMergePane, master_grid);
  gtk_widget_class_bind_template_child (widget_class, GlnMergePane, grid);
  gtk_widget_class_bind_template_child (widget_class, GlnMergePane, screening_box);
  gtk_widget_class_bind_template_child (widget_class, GlnMergePane, screening_grid);
  gtk_widget_class_set_css_name (widget_class, "mergepane");
}

static void
gln_merge_pane_init (GlnMergePane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
  self->label_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->master = GLN_MERGE_SIDE_A;
}

GtkWidget *
gln_merge_pane_new (void)
{
  return g_object_new (GLN_TYPE_MERGE_PANE, NULL);
}

/**
 * gln_merge_pane_set_duplicate:
 * @self: a #GlnMergePane
 * @duplicate: (nullable): the pair to merge
 *
 * Shows the pair with the first paper as the master record and its values chosen; a
 * screening conflict starts undecided.
 */
void
gln_merge_pane_set_duplicate (GlnMergePane       *self,
                              const GlnDuplicate *duplicate)
{
  gboolean was_ready;

  g_return_if_fail (GLN_IS_MERGE_PANE (self));

  was_ready = gln_merge_pane_get_ready (self);
  remove_children (self->master_grid);
  remove_children (self->grid);
  remove_children (self->screening_grid);
  g_ptr_array_set_size (self->choices, 0);
  g_clear_object (&self->label_group);
  self->label_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->master = GLN_MERGE_SIDE_A;
  self->screening = GLN_MERGE_SIDE_NONE;
  self->n_conflicts = 0;
  g_clear_object (&self->papers[GLN_MERGE_SIDE_A]);
  g_clear_object (&self->papers[GLN_MERGE_SIDE_B]);

  if (duplicate != NULL)
    {
      self->papers[GLN_MERGE_SIDE_A] = g_object_ref (duplicate->paper_a);
      self->papers[GLN_MERGE_SIDE_B] = g_object_ref (duplicate->paper_b);
      gtk_label_set_label (self->reason_label, gln_duplicate_describe_reason (duplicate->reason));
      attach_masters (self);
      attach_fields (self);
      attach_screening (self, duplicate);
      reset_fields (self);
    }
  else
    gtk_widget_set_visible (self->screening_box, FALSE);

  if (was_ready != gln_merge_pane_get_ready (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READY]);
}

/**
 * gln_merge_pane_get_paper:
 * @self: a #GlnMergePane
 * @side: %GLN_MERGE_SIDE_A or %GLN_MERGE_SIDE_B
 *
 * Returns: (transfer none) (nullable): that paper of the pair shown
 */
GlnPaper *
gln_merge_pane_get_paper (GlnMergePane *self,
                          GlnMergeSide  side)
{
  g_return_val_if_fail (GLN_IS_MERGE_PANE (self), NULL);
  g_return_val_if_fail (side == GLN_MERGE_SIDE_A || side == GLN_MERGE_SIDE_B, NULL);

  return self->papers[side];
}

GlnMergeSide
gln_merge_pane_get_master (GlnMergePane *self)
{
  g_return_val_if_fail (GLN_IS_MERGE_PANE (self), GLN_MERGE_SIDE_NONE);

  return self->master;
}

/**
 * gln_merge_pane_set_master:
 * @self: a #GlnMergePane
 * @side: the paper whose record (and key) stays
 *
 * Makes @side the master record; each field then starts again from its value.
 */
void
gln_merge_pane_set_master (GlnMergePane *self,
                           GlnMergeSide  side)
{
  g_return_if_fail (GLN_IS_MERGE_PANE (self));
  g_return_if_fail (side == GLN_MERGE_SIDE_A || side == GLN_MERGE_SIDE_B);

  if (self->master_buttons[side] != NULL && self->papers[side] != NULL)
    gtk_check_button_set_active (self->master_buttons[side], TRUE);
}

/**
 * gln_merge_pane_get_choice:
 * @self: a #GlnMergePane
 * @field: (nullable): a field name of gln_duplicate_get_fields(), or %NULL for the
 *   screening decisions
 * @side: %GLN_MERGE_SIDE_A or %GLN_MERGE_SIDE_B
 *
 * Returns: (transfer none) (nullable): the toggle that keeps @side's value of @field (or
 *   decisions in the first collection where they conflict), or %NULL where the papers do
 *   not differ
 */
GtkWidget *
gln_merge_pane_get_choice (GlnMergePane *self,
                           const char   *field,
                           GlnMergeSide  side)
{
  g_return_val_if_fail (GLN_IS_MERGE_PANE (self), NULL);
  g_return_val_if_fail (side == GLN_MERGE_SIDE_A || side == GLN_MERGE_SIDE_B, NULL);

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (g_strcmp0 (choice->field, field) == 0)
        return GTK_WIDGET (choice->buttons[side]);
    }

  return NULL;
}

gboolean
gln_merge_pane_get_ready (GlnMergePane *self)
{
  g_return_val_if_fail (GLN_IS_MERGE_PANE (self), FALSE);

  return self->papers[GLN_MERGE_SIDE_A] != NULL &&
         (self->n_conflicts == 0 || self->screening != GLN_MERGE_SIDE_NONE);
}

/**
 * gln_merge_pane_dup_take:
 * @self: a #GlnMergePane
 *
 * Returns: (transfer full): the fields whose value comes from the paper that is not the
 *   master, and how a screening conflict is settled, as gln_store_merge_duplicates_async()
 *   takes them
 */
GStrv
gln_merge_pane_dup_take (GlnMergePane *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (GLN_IS_MERGE_PANE (self), NULL);

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (choice->field != NULL && choice_get_side (choice) == other_side (self->master))
        g_strv_builder_add (builder, choice->field);
    }

  if (self->n_conflicts > 0 && self->screening != GLN_MERGE_SIDE_NONE)
    g_strv_builder_add (builder, self->screening == self->master ? GLN_MERGE_KEEP_SCREENING
                                                                 : GLN_MERGE_TAKE_SCREENING);

  return g_strv_builder_end (builder);
}
