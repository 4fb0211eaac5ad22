/* fuzz-formats.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the file readers: whatever the bytes, extraction
 * either fails with an error or returns valid UTF-8, and never crashes,
 * leaks or reads out of bounds.  Build with clang:
 *
 *   CC=clang meson setup _build-fuzz -Dfuzzing=true
 *   ninja -C _build-fuzz tests/formats/fuzz-formats
 *   _build-fuzz/tests/formats/fuzz-formats tests/formats/fuzz-corpus/
 */

#include "config.h"

#include <stdint.h>

#include "formats/rpt-formats.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Small limits keep each run fast; the limits themselves are tested in
   * test-formats.c. */
  RptFormatsLimits limits = { 4 * 1024 * 1024, 16 * 1024 * 1024 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  RptFileFormat format;

  text = rpt_formats_extract_text_full (bytes, "fuzz.bin", &limits, &format, NULL, &error);
  g_assert ((text == NULL) != (error == NULL));
  if (text != NULL)
    g_assert (g_utf8_validate (text, -1, NULL));
  (void) rpt_file_format_to_string (format);

  return 0;
}
