/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-claims.h"
#include "gln-import.h"
#include "gln-paper.h"
#include "gln-test-utils.h"

#define MAX_QUOTES 4

/* Real abstracts, named by the page they are on and their first 60 characters (or by their
 * key in a sample), with the claims a reader would put in a Key results column. */
typedef struct
{
  const char *file;
  const char *locator;
  const char *quotes[MAX_QUOTES];
} ClaimsCase;

static const ClaimsCase listing_cases[] = {
  { "author-page.txt", "Despite the excellent performance of vision-language pre-tra",
    { "…which are competitive with the debiased full VLP and clearly outperform the debiasing SoTAs with fewer parameters on OOD datasets VQA-CP v2 and VQA-VS",
      NULL } },
  { "author-page.txt", "Reinforcement learning with verifiable rewards (RLVR) improv",
    { "Evaluated across 20 benchmarks spanning image-text, video, and text-only tasks with Qwen3-VL and Qwen2.5-Math, \\method{} consistently improves performance over GRPO, DAPO…",
      NULL } },
  { "author-page.txt", "Reinforcement learning from verifiable rewards (RLVR) has de",
    { "…(1) a full video RL training pipeline with offline preprocessing and tensor caching that eliminates redundant video decoding and yields a 1.47 $\\times$ throughput improvement…",
      NULL } },
  { "author-page.txt", "Reinforcement learning with verifiable rewards (RLVR) has be",
    { "On Qwen3-VL-8B-Instruct with GRPO, NPO improves average performance from 57.88 to 62.84…",
      NULL } },
  { "author-page.txt", "Differential privacy (DP) is the de facto privacy standard a",
    { "…rates, e.g., the black-box attacks against the word-level DP over WikiMIA dataset gave 72.18% on LLaMA-2 (70B), 82.39% on LLaMA-3 (70B), 75.35% on Gemma-2, 91.2% on ChatGPT-4o…",
      NULL } },
  { "author-page.txt", "Due to the demand for efficient fine-tuning of large languag",
    { "Extensive experiments across three base models and 12 datasets spanning math reasoning, code generation, and commonsense reasoning demonstrate that BeamLoRA consistently enhances…",
      NULL } },
  { "author-page.txt", "Although scaling up the number of trainable parameters in bo",
    { "…that, in instruction tuning, APEX outperforms full-parameter tuning while using only 52% of the trainable parameters",
      "In continued pre-training, APEX achieves the same perplexity level as conventional training with just 33% of the training data…",
      NULL } },
  { "author-page.txt", "In an era marked by robust technological growth and swift in",
    { "Finally, experiments conducted on the competition datasets show the superiority of our proposal, which achieved a score of 0.20726 on the final leaderboard",
      NULL } },
  { "author-page.txt", "Mixture-of-Experts (MoE) models typically fix the number of ",
    { "Our results show that EMoE significantly expands the effective performance-scaling range, extending it to as much as 2-3$\\times$ the training-time $k$…",
      NULL } },
  { "author-page.txt", "Retrieval-based multi-image question answering (QA) task inv",
    { "Our approach achieves a 3.7% absolute improvement over state-of-the-art methods on RETVQA and a 14.5% improvement over CLIP",
      NULL } },
  { "author-page.txt", "Parameter-efficient fine-tuning (PEFT) has emerged as the pr",
    { "With Light-PEFT, parameters of the foundation model can be pruned by up to over 40%, while still controlling trainable parameters to be only 25% of the original PEFT method",
      NULL } },
  { "author-page.txt", "While sophisticated Visual Question Answering models have ac",
    { "Experimental results show the effectiveness of our proposed framework, which establishes a new state-of-the-art accuracy on VQA-CP v2 with a 7.55% improvement",
      NULL } },
  { "hf-daily-papers-page.txt", "The rapid advancement of Multimodal Large Language Models (M",
    { "RzenEmbed sets a new state-of-the-art on the MMEB benchmark",
      "It not only achieves the best overall score but also outperforms all prior work on the challenging video and visual document retrieval tasks",
      NULL } },
  { "hf-daily-papers-page.txt", "Reinforcement learning with verifiable rewards (RLVR) is eff",
    { "…AIME~2025 Pass@8 improves from 16.8 to 22.2…",
      NULL } },
  { "hf-daily-papers-page.txt", "Optimization analyses for cross-entropy training rely on loc",
    { "Temperature scaling confirms the mechanism: normalizing by ρ_a shrinks the onset-threshold spread from standard deviation 0.992 to 0.164",
      "A controller that enforces τleρ_a survives learning-rate spikes up to 10{,} 000times in our tests, where gradient clipping still collapses",
      NULL } },
  { "hf-daily-papers-page.txt", "We investigate the mechanism design problem faced by a princ",
    { "We design a no-regret algorithm that provides mathcal{O}(T^{2/3}) regret with respect to an optimal mechanism, matching the state-of-the-art bound for single-agent settings",
      NULL } },
  { "hf-daily-papers-page.txt", "We study the polynomial-time approximability of the optimal ",
    { "The best known philosopher inequality for online matching yields a 0.652-approximation",
      "Building on our algorithms and the recent black-box reduction of Banihashem et al. (SODA'24), we provide polytime (pricing-based) truthful mechanisms which 0.678-approximate the…",
      "…Bernoulli variables, specifically lower bounding its mass below a threshold, E[min(1,X)], of possible independent interest",
      NULL } },
  { "hf-daily-papers-page.txt", "Mechanism-targeted synthetic data is increasingly proposed a",
    { "…on standard LM benchmarks, Bi-Induct is largely performance-neutral relative to natural-only training, while on function-style probes the 1B natural-only model performs best",
      "…removing the top 2% induction heads per layer harms ICL more than matched random ablations, with the largest relative drop occurring in the natural-only models",
      NULL } },
  { "hf-daily-papers-page.txt", "Semantic segmentation has recently witnessed great progress.",
    { "…bells and whistles, the proposed method achieves consistent/significant improvement (1.37% mIoU on average) over most popular semantic segmentation methods on Cityscapes dataset…",
      NULL } },
  { "hf-daily-papers-page.txt", "How to design reinforcement learning (RL) tasks that effecti",
    { "We achieve several notable results: (1) On SAT problems, Saturn-1.5B and Saturn-7B achieve average pass@3 improvements of +14.0 and +28.1, respectively",
      "(2) On math and programming tasks, Saturn-1.5B and Saturn-7B improve average scores by +4.9 and +1.8 on benchmarks (e.g., AIME, LiveCodeBench)",
      "(3) Compared to the state-of-the-art (SOTA) approach in constructing RL tasks, Saturn achieves further improvements of +8.8%",
      NULL } },
  { "hf-daily-papers-page.txt", "Recent advances in large reasoning models highlight Reinforc",
    { "Extensive empirical experiments validate that while RLVR consistently improves pass@1, the shrinkage of empirical support generally outweighs the expansion of empirical support…",
      NULL } },
  { "hf-daily-papers-page.txt", "Preference learning algorithms (e.g., RLHF and DPO) are freq",
    { "Surprisingly, we find that most state-of-the-art preference-tuned models achieve a ranking accuracy of less than 60% on common preference datasets",
      NULL } },
  { "hf-daily-papers-page.txt", "Effective reward design is a central challenge in Reinforcem",
    { "…achieving up to +8.83\\% gain in pass@1 with negligible time cost (< 0.02\\%) and zero GPU memory overhead",
      NULL } },
  { "hf-daily-papers-page.txt", "Weight oscillation is an undesirable side effect of quantiza",
    { "Specifically, our 2-bit DeiT-T/DeiT-S algorithms outperform the previous state-of-the-art by 9.8% and 7.7%, respectively",
      NULL } },
  { "hf-daily-papers-page.txt", "Modeling human preferences is crucial for aligning foundatio",
    { "…(GPM) outperforms the BT reward model on the RewardBench benchmark with a margin of up to 5.6% and effectively models cyclic preferences where any BT reward model behaves like a…",
      "Furthermore, evaluations on downstream tasks such as AlpacaEval2.0 and MT-Bench, following the language model post-training with GPO and our general preference model, reveal…",
      NULL } },
  { "hf-daily-papers-page.txt", "We introduce a new family of physics-inspired generative mod",
    { "The new models reduce to PFGM when D{=}1 and to diffusion models when D{to}infty",
      "Our experiments show that models with finite D can be superior to previous state-of-the-art diffusion models on CIFAR-10/FFHQ 64{times}64 datasets…",
      "In class-conditional setting, D{=}2048 yields current state-of-the-art FID of 1.74 on CIFAR-10",
      NULL } },
  { "hf-daily-papers-page.txt", "Can reinforcement learning with hard, verifiable rewards tea",
    { "The best BeamPERL checkpoint achieves a 66.7% improvement in Pass@1 over the base model",
      NULL } },
  { "hf-daily-papers-page.txt", "Recent advances have shown success in eliciting strong reaso",
    { "Notably, our SophiaVL-R1-7B even outperforms LLaVA-OneVision-72B on most benchmarks, despite the latter having 10 times more parameters",
      NULL } },
  { "hf-daily-papers-page.txt", "Given a robust model trained to be resilient to one or multi",
    { "We verify our proposed framework to be remarkably (1)lightweight. since RWSs concentrate on the shallowest few layers and we further show they can be painlessly quantized, storing…",
      NULL } },
  { "hf-daily-papers-page.txt", "Learning rate schedules used in practice bear little resembl",
    { "We validate that overall, the linear-decay schedule matches or outperforms all commonly used default schedules including cosine annealing…",
      NULL } },
  { "author-page.txt", "Recent studies on the lottery ticket hypothesis (LTH) show t",
    { NULL } },
  { "author-page.txt", "Despite the remarkable success of pre-trained language model",
    { NULL } },
  { "author-page.txt", "Conversational Causal Emotion Entailment aims to detect caus",
    { NULL } },
  { "author-page.txt", "Visual Question Answering (VQA) models are prone to learn th",
    { NULL } },
  { "author-page.txt", "Models for Visual Question Answering (VQA) often rely on the",
    { NULL } },
  { "author-page.txt", "Recent advances in large language models (LLMs) have opened ",
    { NULL } },
  { "author-page.txt", "In this work, we focus on dialogue reading comprehension (DR",
    { NULL } },
  { "author-page.txt", "In recent years, large language models (LLMs), such as GPTs,",
    { NULL } },
  { "author-page.txt", "Multimodal large language models (MLLMs) have achieved remar",
    { NULL } },
  { "author-page.txt", "Large language models (LLMs) with the Mixture-of-Experts (Mo",
    { NULL } },
  { "author-page.txt", "Large Reasoning Language Models (LRLMs) demonstrate impressi",
    { NULL } },
  { "author-page.txt", "Recent works focus on synthesizing Chart Understanding (Char",
    { NULL } },
  { "author-page.txt", "RLVR and OPD have become standard paradigms for post-trainin",
    { NULL } },
  { "author-page.txt", "Table-based Fact Verification (TFV) aims to extract the enta",
    { NULL } },
  { "author-page.txt", "The high costs of customizing large language models (LLMs) f",
    { NULL } },
  { "author-page.txt", "Object counting models suffer when deployed across domains w",
    { NULL } },
};

static const ClaimsCase sample_cases[] = {
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:nucl-ex/0408020",
    { NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:1309.4668",
    { "The MCP assembly provides a current gain over the range 300 to 25K, thereby increasing the signal to noise ratio and dynamic range of the measurements",
      NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:1606.02159",
    { NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:1610.08734",
    { "We show that the electron beam carrying the charge of about 10% of 1 TeV proton driver charge can be accelerated to 0.6 TeV with preserved normalized emittance in a single channel…",
      NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:2102.00018",
    { NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:0803.1617",
    { NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:1205.6628",
    { NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:nucl-th/9910021",
    { "We obtain S_pp(0) = 4.08 x 10^{-25} MeV b which agrees good with the recommended value S_pp(0) = 4.00 x 10^{-25} MeV b",
      "The astrophysical factor S_pep(0) for the pep process, p + electron + p -> neutrino + D, is calculated relative to S_pp(0) in complete agreement with the result obtained by Bahcall…",
      NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:1602.03411",
    { NULL } },
  { "arxiv-api/query_all-electron-AND-all-proton_2025-11-11.xml", "arxiv:1401.3666",
    { "If we assume an average of roughly 0.7*10^(-7) light sea positrons per valence quark, then we can show that virtual electron-positron annihiliation processes lead to an extra term…",
      NULL } },
  { "hf-daily-papers/daily_papers_2024-10-25_first2entries.json", "arxiv:2410.17243",
    { "Compared to SOTA memory-efficient solutions, it achieves a two-order-of-magnitude reduction in memory while maintaining comparable speed",
      NULL } },
  { "hf-daily-papers/daily_papers_2024-10-25_first2entries.json", "arxiv:2410.16251",
    { NULL } },
};

static void
assert_quotes (const char * const *got,
               const char * const *expected)
{
  for (guint i = 0; got[i] != NULL || expected[i] != NULL; i++)
    {
      g_assert_nonnull (got[i]);
      g_assert_nonnull (expected[i]);
      g_assert_cmpstr (got[i], ==, expected[i]);
    }
}

static void
test_listing_abstract (gconstpointer data)
{
  const ClaimsCase *c = data;
  g_autofree char *path = gln_test_shared_path ("fixtures", "listings", c->file, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_auto(GStrv) claims = NULL;
  const char *abstract = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], c->locator) && strlen (lines[i]) >= 300)
        {
          g_assert_null (abstract);
          abstract = lines[i];
        }
    }
  g_assert_nonnull (abstract);

  claims = gln_claims_extract (abstract, 3);
  assert_quotes ((const char * const *) claims, c->quotes);
}

static void
test_sample_abstract (gconstpointer data)
{
  const ClaimsCase *c = data;
  g_auto(GStrv) parts = g_strsplit (c->file, "/", 2);
  g_autofree char *path = gln_test_shared_path ("samples", parts[0], parts[1], NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      g_auto(GStrv) claims = NULL;

      if (g_strcmp0 (gln_paper_get_key (paper), c->locator) != 0)
        continue;

      claims = gln_claims_extract (gln_paper_get_abstract (paper), 3);
      assert_quotes ((const char * const *) claims, c->quotes);
      return;
    }

  g_assert_not_reached ();
}

typedef struct
{
  const char *abstract;
  const char *quotes[MAX_QUOTES];
} TextCase;

/* Phrasings of results the board must catch, and text that only looks numeric. */
static const TextCase text_cases[] = {
  { "We present a scheduler for edge inference. With it, TTFT decreases at least 60% on "
    "commodity phones. Cloud throughput increases by up to 15x.",
    { "With it, TTFT decreases at least 60% on commodity phones",
      "Cloud throughput increases by up to 15x", NULL } },
  { "Our method outperforms 10 baselines on 8 datasets, with gains of up to 50%.",
    { "Our method outperforms 10 baselines on 8 datasets, with gains of up to 50%", NULL } },
  { "Training takes 3.5 times less memory than LoRA.",
    { "Training takes 3.5 times less memory than LoRA", NULL } },
  { "It reaches 2.1× the speed of FlashAttention-2 on H100 GPUs.",
    { "It reaches 2.1× the speed of FlashAttention-2 on H100 GPUs", NULL } },
  { "We evaluate on ImageNet 64x64 and CIFAR-10 with ResNet-50 (He et al., 2016).", { NULL } },
  { "In 2023, we released version 2 of the toolkit. It has (1) a parser and (2) a writer.",
    { NULL } },
  { "No numbers at all here. Just words about models.", { NULL } },
  { "", { NULL } },
};

static void
test_text (gconstpointer data)
{
  const TextCase *c = data;
  g_auto(GStrv) claims = gln_claims_extract (c->abstract, 3);

  assert_quotes ((const char * const *) claims, c->quotes);
}

static void
test_limits (void)
{
  g_auto(GStrv) none = gln_claims_extract (NULL, 3);
  g_auto(GStrv) zero = gln_claims_extract ("It is 50% faster.", 0);
  g_auto(GStrv) invalid = gln_claims_extract ("It is 50% faster \xff\xfe.", 3);
  g_auto(GStrv) one = gln_claims_extract ("A is 10% faster. B is 20% faster. C is 30% faster.", 1);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_auto(GStrv) long_claims = NULL;

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (zero), ==, 0);
  g_assert_cmpuint (g_strv_length (invalid), ==, 0);
  g_assert_cmpuint (g_strv_length (one), ==, 1);
  g_assert_cmpstr (one[0], ==, "A is 10% faster");

  /* A huge sentence is quoted short, at a word boundary. */
  for (guint i = 0; i < 200; i++)
    g_string_append (long_text, "word ");
  g_string_append (long_text, "improves accuracy by 12%");
  for (guint i = 0; i < 200; i++)
    g_string_append (long_text, " word");
  long_claims = gln_claims_extract (long_text->str, 3);
  g_assert_cmpuint (g_strv_length (long_claims), ==, 1);
  g_assert_cmpuint (g_utf8_strlen (long_claims[0], -1), <=, 182);
  g_assert_nonnull (strstr (long_claims[0], "12%"));
}

/* One word longer than a quote, with its number far from any space: the quote is cut inside
 * the text (found by fuzz/fuzz-claims.c: the cut used to walk past the end looking for a
 * space). */
static void
test_long_word (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) claims = NULL;

  for (guint i = 0; i < 300; i++)
    g_string_append (text, "\xc3\xa9");
  g_string_append (text, "(5%)");
  for (guint i = 0; i < 400; i++)
    g_string_append_c (text, 'b');

  claims = gln_claims_extract (text->str, 4);
  g_assert_cmpuint (g_strv_length (claims), ==, 1);
  g_assert_true (g_utf8_validate (claims[0], -1, NULL));
  g_assert_nonnull (strstr (claims[0], "5%"));
  g_assert_cmpuint (strlen (claims[0]), <=, 180 + 2 * strlen ("\xe2\x80\xa6"));
}

/* A long sentence of many clauses (68 KB) is split in linear time: it used to look for every
 * clause mark again from each clause to the end of the sentence, 10 s here at -O2, and
 * 4 minutes for 340 KB (found by fuzz/fuzz-claims.c). */
static void
test_many_clauses (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) claims = NULL;

  for (guint i = 0; i < 4000; i++)
    g_string_append (text, "we gain 5% here; ");
  claims = gln_claims_extract (text->str, 4);
  g_assert_cmpuint (g_strv_length (claims), ==, 1);
  g_assert_cmpstr (claims[0], ==, "we gain 5% here…");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (listing_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/claims/listing/%u", i);
      gln_test_add_shared_data_func (path, &listing_cases[i], test_listing_abstract);
    }
  for (guint i = 0; i < G_N_ELEMENTS (sample_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/claims/sample/%u", i);
      gln_test_add_shared_data_func (path, &sample_cases[i], test_sample_abstract);
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/claims/text/%u", i);
      g_test_add_data_func (path, &text_cases[i], test_text);
    }
  g_test_add_func ("/gln/claims/limits", test_limits);
  g_test_add_func ("/gln/claims/long-word", test_long_word);
  g_test_add_func ("/gln/claims/many-clauses", test_many_clauses);

  return g_test_run ();
}
