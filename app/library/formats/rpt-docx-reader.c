/* rpt-docx-reader.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-formats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "rpt-corpus.h"
#include "rpt-docx-reader.h"
#include "rpt-formats.h"

/* A .docx is a zip of XML parts.  We read word/document.xml, and for the
 * numbers Word computes at display time numbering.xml and styles.xml, and for
 * the notes footnotes.xml and endnotes.xml.  The output imitates the plain
 * text the bundled reports were converted to: numbered paragraphs
 * "2.1.3<TAB>text", bullets "·<TAB>text", "[footnoteRef:N]" in the text and
 * "[N: text]" after the paragraph. */

#define W_NS        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_NS_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define N_LEVELS    9

/* ---- zip ---------------------------------------------------------------- */

static struct archive *
open_zip (const guint8 *data,
          gsize         len)
{
  struct archive *a = archive_read_new ();

  archive_read_support_format_zip (a);
  if (archive_read_open_memory (a, data, len) != ARCHIVE_OK)
    {
      archive_read_free (a);
      return NULL;
    }

  return a;
}

RptZipKind
_rpt_docx_probe (const guint8 *data,
                 gsize         len)
{
  struct archive *a;
  struct archive_entry *entry;
  RptZipKind kind = _RPT_ZIP_OTHER;
  int r;

  a = open_zip (data, len);
  if (a == NULL)
    return _RPT_ZIP_DAMAGED;

  while ((r = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);

      if (name == NULL)
        continue;
      if (g_str_equal (name, "word/document.xml"))
        {
          kind = _RPT_ZIP_WORD;
          break;
        }
      else if (g_str_equal (name, "xl/workbook.xml"))
        kind = _RPT_ZIP_SPREADSHEET;
      else if (g_str_equal (name, "ppt/presentation.xml"))
        kind = _RPT_ZIP_PRESENTATION;
      else if (g_str_equal (name, "mimetype") || g_str_equal (name, "content.xml"))
        {
          if (kind == _RPT_ZIP_OTHER)
            kind = _RPT_ZIP_OPENDOCUMENT;
        }
      archive_read_data_skip (a);
    }

  if (r != ARCHIVE_OK && r != ARCHIVE_EOF && kind == _RPT_ZIP_OTHER)
    kind = _RPT_ZIP_DAMAGED;

  archive_read_free (a);
  return kind;
}

typedef struct
{
  const char *name;
  GByteArray *data;
} Part;

enum { PART_DOCUMENT, PART_NUMBERING, PART_STYLES, PART_FOOTNOTES, PART_ENDNOTES, N_PARTS };

static const char *part_names[N_PARTS] = {
  "word/document.xml",
  "word/numbering.xml",
  "word/styles.xml",
  "word/footnotes.xml",
  "word/endnotes.xml",
};

static void
set_too_large (GError     **error,
               const char  *display_name,
               gsize        max_unpacked)
{
  g_autofree char *limit = _rpt_formats_format_size (max_unpacked);

  g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_TOO_LARGE,
               _("“%s” unpacks to more than %s, the most Rapporteur reads; "
                 "a report is much smaller, so the file is damaged or not a report"),
               display_name, limit);
}

/* Unpacks the parts we read.  Every byte unpacked counts against
 * @max_unpacked whatever the zip says its sizes are, so that a zip bomb
 * stops at the limit instead of filling the memory. */
static gboolean
unpack_parts (const guint8  *data,
              gsize          len,
              const char    *display_name,
              gsize          max_unpacked,
              GByteArray   **parts,
              GCancellable  *cancellable,
              GError       **error)
{
  struct archive *a;
  struct archive_entry *entry;
  gsize total = 0;
  gboolean ok = TRUE;
  int r;

  a = open_zip (data, len);
  if (a == NULL)
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” is damaged: it is not a readable Word document (the ZIP archive cannot be opened)"),
                   display_name);
      return FALSE;
    }

  while (ok && (r = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      int which = -1;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }

      for (int i = 0; name != NULL && i < N_PARTS; i++)
        if (g_str_equal (name, part_names[i]) && parts[i] == NULL)
          which = i;

      if (which < 0)
        {
          archive_read_data_skip (a);
          continue;
        }

      if (archive_entry_is_encrypted (entry))
        {
          g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_ENCRYPTED,
                       _("“%s” is protected by a password; open it in Word, remove the password and save it again"),
                       display_name);
          ok = FALSE;
          break;
        }

      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > 0 &&
          (guint64) archive_entry_size (entry) > max_unpacked - total)
        {
          set_too_large (error, display_name, max_unpacked);
          ok = FALSE;
          break;
        }

      /* Sized from the header when it is honest; the loop below does not
       * trust it. */
      parts[which] = g_byte_array_sized_new (archive_entry_size_is_set (entry) && archive_entry_size (entry) > 0
                                             ? (guint) MIN (archive_entry_size (entry), G_MAXUINT)
                                             : 64 * 1024);
      for (;;)
        {
          guint8 buffer[64 * 1024];
          la_ssize_t n = archive_read_data (a, buffer, sizeof buffer);

          if (n == 0)
            break;
          if (n < 0)
            {
              g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                           _("“%s” is damaged: %s cannot be unpacked (%s)"),
                           display_name, part_names[which], archive_error_string (a));
              ok = FALSE;
              break;
            }
          if ((gsize) n > max_unpacked - total)
            {
              set_too_large (error, display_name, max_unpacked);
              ok = FALSE;
              break;
            }
          total += n;
          g_byte_array_append (parts[which], buffer, n);
        }
    }

  if (ok && r != ARCHIVE_EOF && parts[PART_DOCUMENT] == NULL)
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” is damaged: its ZIP archive cannot be read to the end (%s)"),
                   display_name, archive_error_string (a));
      ok = FALSE;
    }

  archive_read_free (a);
  return ok;
}

/* ---- XML helpers -------------------------------------------------------- */

static gboolean
is_w (xmlNode    *node,
      const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         (g_strcmp0 ((const char *) node->ns->href, W_NS) == 0 ||
          g_strcmp0 ((const char *) node->ns->href, W_NS_STRICT) == 0) &&
         strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
w_child (xmlNode    *node,
         const char *name)
{
  for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    if (is_w (c, name))
      return c;
  return NULL;
}

/* w:val and friends carry the w: namespace, but some writers omit it. */
static char *
w_attr (xmlNode    *node,
        const char *name)
{
  xmlChar *value;
  char *copy;

  if (node == NULL)
    return NULL;

  value = xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) W_NS);
  if (value == NULL)
    value = xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) W_NS_STRICT);
  if (value == NULL)
    value = xmlGetNoNsProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static int
w_int_attr (xmlNode    *node,
            const char *name,
            int         fallback)
{
  g_autofree char *value = w_attr (node, name);
  gint64 v;
  char *end = NULL;

  if (value == NULL)
    return fallback;
  v = g_ascii_strtoll (value, &end, 10);
  if (end == value || v < G_MININT / 2 || v > G_MAXINT / 2)
    return fallback;
  return (int) v;
}

/* On/off properties: present without w:val means on. */
static gboolean
w_toggle (xmlNode    *parent,
          const char *name)
{
  xmlNode *node = w_child (parent, name);
  g_autofree char *value = NULL;

  if (node == NULL)
    return FALSE;
  value = w_attr (node, "val");
  return value == NULL || !(g_str_equal (value, "0") || g_str_equal (value, "false") ||
                            g_str_equal (value, "off"));
}

static xmlDoc *
parse_part (GByteArray  *bytes,
            const char  *part_name,
            const char  *display_name,
            GError     **error)
{
  xmlParserCtxt *ctxt;
  xmlDoc *doc;

  if (bytes->len > G_MAXINT)
    {
      set_too_large (error, display_name, G_MAXINT);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” could not be read: out of memory"), display_name);
      return NULL;
    }

  /* No network, no entity expansion, no DTD loading: the parts come from
   * whoever made the file. */
  doc = xmlCtxtReadMemory (ctxt, (const char *) bytes->data, (int) bytes->len, part_name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || !ctxt->wellFormed)
    {
      int line = ctxt->lastError.line;

      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” is damaged: %s is not well-formed XML (line %d)"),
                   display_name, part_name, line);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc->intSubset != NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” is damaged: %s is not a Word document part"),
                   display_name, part_name);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  xmlFreeParserCtxt (ctxt);
  return doc;
}

/* ---- numbering ---------------------------------------------------------- */

typedef struct
{
  int start;
  char *format;   /* numFmt: "decimal", "bullet", "lowerLetter"... */
  char *text;     /* lvlText: "%1.%2" */
  char *style;    /* pStyle linked to this level, or NULL */
  gboolean legal; /* isLgl: every level rendered as decimal */
} Level;

typedef struct
{
  Level levels[N_LEVELS];
} AbstractNum;

typedef struct
{
  char *abstract_id;
  int start_override[N_LEVELS]; /* -1: none */
  gboolean used;
} Num;

typedef struct
{
  int value[N_LEVELS];
  gboolean started[N_LEVELS];
} Counters;

typedef struct
{
  char *num_id;   /* or NULL */
  int ilvl;       /* -1: not given */
  char *based_on;
} StyleNum;

static void
abstract_num_free (gpointer data)
{
  AbstractNum *an = data;

  for (int i = 0; i < N_LEVELS; i++)
    {
      g_free (an->levels[i].format);
      g_free (an->levels[i].text);
      g_free (an->levels[i].style);
    }
  g_free (an);
}

static void
num_free (gpointer data)
{
  Num *num = data;

  g_free (num->abstract_id);
  g_free (num);
}

static void
style_num_free (gpointer data)
{
  StyleNum *s = data;

  g_free (s->num_id);
  g_free (s->based_on);
  g_free (s);
}

typedef struct
{
  const char *display_name;
  GHashTable *abstracts;  /* abstractNumId → AbstractNum */
  GHashTable *nums;       /* numId → Num */
  GHashTable *counters;   /* abstractNumId → Counters */
  GHashTable *styles;     /* styleId → StyleNum */
  GHashTable *notes;      /* "f12" / "e3" → note text */
  GHashTable *note_numbers; /* "f12" → number shown */
  guint next_note;
  GPtrArray *pending;     /* notes referenced by the paragraph being read */
  GString *out;
  gsize max_out;
  gboolean overflow;
} Reader;

static void
read_numbering (Reader  *self,
                xmlDoc  *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      if (is_w (node, "abstractNum"))
        {
          g_autofree char *id = w_attr (node, "abstractNumId");
          AbstractNum *an;

          if (id == NULL)
            continue;

          an = g_new0 (AbstractNum, 1);
          for (int i = 0; i < N_LEVELS; i++)
            an->levels[i].start = 1;

          for (xmlNode *lvl = node->children; lvl != NULL; lvl = lvl->next)
            {
              int ilvl;
              Level *level;

              if (!is_w (lvl, "lvl"))
                continue;
              ilvl = w_int_attr (lvl, "ilvl", -1);
              if (ilvl < 0 || ilvl >= N_LEVELS)
                continue;
              level = &an->levels[ilvl];
              level->start = w_int_attr (w_child (lvl, "start"), "val", 1);
              g_free (level->format);
              level->format = w_attr (w_child (lvl, "numFmt"), "val");
              g_free (level->text);
              level->text = w_attr (w_child (lvl, "lvlText"), "val");
              g_free (level->style);
              level->style = w_attr (w_child (lvl, "pStyle"), "val");
              level->legal = w_toggle (lvl, "isLgl");
            }

          g_hash_table_replace (self->abstracts, g_steal_pointer (&id), an);
        }
      else if (is_w (node, "num"))
        {
          g_autofree char *id = w_attr (node, "numId");
          Num *num;

          if (id == NULL)
            continue;

          num = g_new0 (Num, 1);
          num->abstract_id = w_attr (w_child (node, "abstractNumId"), "val");
          for (int i = 0; i < N_LEVELS; i++)
            num->start_override[i] = -1;

          for (xmlNode *o = node->children; o != NULL; o = o->next)
            {
              int ilvl;

              if (!is_w (o, "lvlOverride"))
                continue;
              ilvl = w_int_attr (o, "ilvl", -1);
              if (ilvl < 0 || ilvl >= N_LEVELS)
                continue;
              num->start_override[ilvl] = w_int_attr (w_child (o, "startOverride"), "val", -1);
            }

          g_hash_table_replace (self->nums, g_steal_pointer (&id), num);
        }
    }
}

static void
read_styles (Reader  *self,
             xmlDoc  *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      xmlNode *numpr;
      StyleNum *s;

      if (!is_w (node, "style"))
        continue;
      id = w_attr (node, "styleId");
      if (id == NULL)
        continue;

      s = g_new0 (StyleNum, 1);
      s->ilvl = -1;
      s->based_on = w_attr (w_child (node, "basedOn"), "val");
      numpr = w_child (w_child (node, "pPr"), "numPr");
      if (numpr != NULL)
        {
          s->num_id = w_attr (w_child (numpr, "numId"), "val");
          s->ilvl = w_int_attr (w_child (numpr, "ilvl"), "val", -1);
        }
      g_hash_table_replace (self->styles, g_steal_pointer (&id), s);
    }
}

/* The numbering a paragraph style brings, following basedOn. */
static const StyleNum *
style_numbering (Reader     *self,
                 const char *style_id)
{
  for (int depth = 0; style_id != NULL && depth < 16; depth++)
    {
      const StyleNum *s = g_hash_table_lookup (self->styles, style_id);

      if (s == NULL)
        return NULL;
      if (s->num_id != NULL)
        return s;
      style_id = s->based_on;
    }
  return NULL;
}

static void
append_roman (GString *out,
              int      n,
              gboolean upper)
{
  static const struct { int value; const char *digits; } table[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
  };

  if (n <= 0 || n >= 4000)
    {
      g_string_append_printf (out, "%d", n);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    while (n >= table[i].value)
      {
        for (const char *d = table[i].digits; *d; d++)
          g_string_append_c (out, upper ? g_ascii_toupper (*d) : *d);
        n -= table[i].value;
      }
}

static void
append_number (GString    *out,
               int         n,
               const char *format,
               gboolean    legal)
{
  if (legal || format == NULL || g_str_equal (format, "decimal"))
    g_string_append_printf (out, "%d", n);
  else if (g_str_equal (format, "decimalZero"))
    g_string_append_printf (out, "%02d", n);
  else if (g_str_equal (format, "lowerRoman") || g_str_equal (format, "upperRoman"))
    append_roman (out, n, format[0] == 'u');
  else if ((g_str_equal (format, "lowerLetter") || g_str_equal (format, "upperLetter")) && n > 0)
    {
      /* Word repeats the letter: a..z, aa..zz, aaa... */
      char letter = (char) ((format[0] == 'u' ? 'A' : 'a') + (n - 1) % 26);

      for (int i = 0; i <= (n - 1) / 26 && i < 64; i++)
        g_string_append_c (out, letter);
    }
  else if (g_str_equal (format, "none"))
    ;
  else
    g_string_append_printf (out, "%d", n);
}

/* Steps the list counters for a paragraph at @ilvl of @num_id and returns
 * its rendered label ("2.1.3", "·" for a bullet), or NULL. */
static char *
number_paragraph (Reader     *self,
                  const char *num_id,
                  int         ilvl)
{
  Num *num;
  AbstractNum *an;
  Counters *counters;
  const Level *level;
  GString *label;

  if (num_id == NULL || g_str_equal (num_id, "0"))
    return NULL;
  num = g_hash_table_lookup (self->nums, num_id);
  if (num == NULL || num->abstract_id == NULL)
    return NULL;
  an = g_hash_table_lookup (self->abstracts, num->abstract_id);
  if (an == NULL)
    return NULL;

  if (ilvl < 0)
    ilvl = 0;
  if (ilvl >= N_LEVELS)
    ilvl = N_LEVELS - 1;
  level = &an->levels[ilvl];

  if (level->format != NULL && g_str_equal (level->format, "bullet"))
    return g_strdup ("·");

  /* Lists that share an abstract numbering continue each other's counts,
   * as in Word, unless a w:num restarts them. */
  counters = g_hash_table_lookup (self->counters, num->abstract_id);
  if (counters == NULL)
    {
      counters = g_new0 (Counters, 1);
      g_hash_table_insert (self->counters, g_strdup (num->abstract_id), counters);
    }

  if (!num->used)
    {
      num->used = TRUE;
      for (int i = 0; i < N_LEVELS; i++)
        if (num->start_override[i] >= 0)
          {
            counters->value[i] = num->start_override[i] - 1;
            counters->started[i] = TRUE;
          }
    }

  if (counters->started[ilvl])
    counters->value[ilvl]++;
  else
    counters->value[ilvl] = level->start;
  counters->started[ilvl] = TRUE;
  for (int i = ilvl + 1; i < N_LEVELS; i++)
    counters->started[i] = FALSE;

  if (level->text == NULL)
    {
      label = g_string_new (NULL);
      append_number (label, counters->value[ilvl], level->format, level->legal);
      return g_string_free (label, FALSE);
    }

  label = g_string_new (NULL);
  for (const char *p = level->text; *p; p++)
    {
      if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
        {
          int k = p[1] - '1';
          const Level *other = &an->levels[k];
          int value = counters->started[k] ? counters->value[k] : other->start;

          append_number (label, value, other->format, level->legal && k < ilvl);
          p++;
        }
      else
        g_string_append_c (label, *p);
    }

  if (label->len == 0)
    {
      g_string_free (label, TRUE);
      return NULL;
    }

  /* The reports write "2.1.3", not "2.1.3." */
  if (label->len > 1 && label->str[label->len - 1] == '.' && g_ascii_isdigit (label->str[label->len - 2]))
    g_string_truncate (label, label->len - 1);

  return g_string_free (label, FALSE);
}

/* ---- text --------------------------------------------------------------- */

static void
append_note_ref (Reader     *self,
                 GString    *text,
                 const char *kind,
                 xmlNode    *node)
{
  g_autofree char *id = w_attr (node, "id");
  g_autofree char *key = NULL;
  guint number;

  if (id == NULL)
    return;
  key = g_strconcat (kind, id, NULL);
  number = GPOINTER_TO_UINT (g_hash_table_lookup (self->note_numbers, key));
  if (number == 0)
    {
      number = ++self->next_note;
      g_hash_table_insert (self->note_numbers, g_strdup (key), GUINT_TO_POINTER (number));
      g_ptr_array_add (self->pending, g_steal_pointer (&key));
    }
  g_string_append_printf (text, "[footnoteRef:%u]", number);
}

static void
collect_run (Reader  *self,
             xmlNode *run,
             GString *text)
{
  xmlNode *rpr = w_child (run, "rPr");

  /* Hidden text is not part of what the reader sees. */
  if (rpr != NULL && w_toggle (rpr, "vanish"))
    return;

  for (xmlNode *c = run->children; c != NULL; c = c->next)
    {
      if (is_w (c, "t"))
        {
          xmlChar *content = xmlNodeGetContent (c);

          if (content != NULL)
            {
              /* Line breaks inside w:t are whitespace, not paragraph ends. */
              for (const char *p = (const char *) content; *p; p++)
                g_string_append_c (text, (*p == '\n' || *p == '\r') ? ' ' : *p);
              xmlFree (content);
            }
        }
      else if (is_w (c, "tab") || is_w (c, "ptab"))
        g_string_append_c (text, '\t');
      else if (is_w (c, "br"))
        {
          g_autofree char *type = w_attr (c, "type");

          /* Page and column breaks are layout; a line break is kept. */
          if (type == NULL || g_str_equal (type, "textWrapping"))
            g_string_append_c (text, '\n');
        }
      else if (is_w (c, "cr"))
        g_string_append_c (text, '\n');
      else if (is_w (c, "noBreakHyphen"))
        g_string_append (text, "\u2011");
      else if (is_w (c, "sym"))
        {
          g_autofree char *code = w_attr (c, "char");
          gunichar ch = code != NULL ? (gunichar) g_ascii_strtoull (code, NULL, 16) : 0;

          /* Symbol-font characters live at U+F0xx. */
          if (ch >= 0xF000 && ch <= 0xF0FF)
            ch -= 0xF000;
          if (ch == 0xB7)
            g_string_append (text, "·");
          else if (ch >= 0x20 && ch < 0x7F)
            g_string_append_c (text, (char) ch);
        }
      else if (is_w (c, "footnoteReference"))
        append_note_ref (self, text, "f", c);
      else if (is_w (c, "endnoteReference"))
        append_note_ref (self, text, "e", c);
    }
}

/* Inline content of a paragraph: runs, and the containers runs sit in.
 * Deleted revisions and moved-away text are dropped, insertions kept;
 * field instructions (w:instrText) are never text, field results are. */
static void
collect_inline (Reader  *self,
                xmlNode *parent,
                GString *text)
{
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_w (c, "r"))
        collect_run (self, c, text);
      else if (is_w (c, "del") || is_w (c, "moveFrom") || is_w (c, "pPr") ||
               is_w (c, "rPr") || is_w (c, "sdtPr") || is_w (c, "sdtEndPr"))
        continue;
      else if (is_w (c, "ins") || is_w (c, "moveTo") || is_w (c, "hyperlink") ||
               is_w (c, "smartTag") || is_w (c, "sdt") || is_w (c, "sdtContent") ||
               is_w (c, "customXml") || is_w (c, "fldSimple") || is_w (c, "dir") ||
               is_w (c, "bdo"))
        collect_inline (self, c, text);
      /* Everything else (bookmarks, comments, drawings, math) is skipped. */
    }
}

static void
emit_line (Reader     *self,
           const char *line)
{
  if (self->overflow)
    return;
  if (self->out->len + strlen (line) + 1 > self->max_out)
    {
      self->overflow = TRUE;
      return;
    }
  g_string_append (self->out, line);
  g_string_append_c (self->out, '\n');
}

static char *note_text (Reader *self, const char *key);

static char *
paragraph_text (Reader  *self,
                xmlNode *p)
{
  GString *text = g_string_new (NULL);
  xmlNode *ppr = w_child (p, "pPr");
  xmlNode *numpr = w_child (ppr, "numPr");
  g_autofree char *style = w_attr (w_child (ppr, "pStyle"), "val");
  g_autofree char *num_id = NULL;
  g_autofree char *label = NULL;
  int ilvl = -1;

  if (numpr != NULL)
    {
      num_id = w_attr (w_child (numpr, "numId"), "val");
      ilvl = w_int_attr (w_child (numpr, "ilvl"), "val", -1);
    }

  if (num_id == NULL && style != NULL)
    {
      const StyleNum *s = style_numbering (self, style);

      if (s != NULL)
        {
          num_id = g_strdup (s->num_id);
          if (ilvl < 0)
            ilvl = s->ilvl;
        }
    }

  /* A style linked to a level (w:lvl/w:pStyle) names its level there. */
  if (num_id != NULL && ilvl < 0 && style != NULL)
    {
      Num *num = g_hash_table_lookup (self->nums, num_id);
      AbstractNum *an = num != NULL && num->abstract_id != NULL
                          ? g_hash_table_lookup (self->abstracts, num->abstract_id) : NULL;

      for (int i = 0; an != NULL && i < N_LEVELS; i++)
        if (g_strcmp0 (an->levels[i].style, style) == 0)
          ilvl = i;
    }

  label = number_paragraph (self, num_id, ilvl);
  if (label != NULL)
    {
      g_string_append (text, label);
      g_string_append_c (text, '\t');
    }

  collect_inline (self, p, text);
  return g_string_free (text, FALSE);
}

static void
read_block (Reader  *self,
            xmlNode *parent,
            GString *cell);

/* A row is one line, its cells separated by TAB; paragraphs inside a cell
 * are joined by a space. */
static void
read_table (Reader  *self,
            xmlNode *tbl)
{
  for (xmlNode *tr = tbl->children; tr != NULL; tr = tr->next)
    {
      g_autoptr(GString) row = NULL;
      gboolean first = TRUE;

      if (!is_w (tr, "tr"))
        continue;

      row = g_string_new (NULL);
      for (xmlNode *child = tr->children; child != NULL; child = child->next)
        {
          g_autoptr(GString) cell = NULL;
          xmlNode *tc = child;

          /* A cell may sit in a content control. */
          if (is_w (tc, "sdt"))
            tc = w_child (w_child (tc, "sdtContent"), "tc");
          if (!is_w (tc, "tc"))
            continue;

          cell = g_string_new (NULL);
          read_block (self, tc, cell);
          g_strdelimit (cell->str, "\t\n", ' ');
          g_strstrip (cell->str);
          if (!first)
            g_string_append_c (row, '\t');
          g_string_append (row, cell->str);
          first = FALSE;
        }

      /* The notes of the whole row follow it. */
      for (guint i = 0; i < self->pending->len; i++)
        {
          g_autofree char *body = note_text (self, self->pending->pdata[i]);
          guint number = GPOINTER_TO_UINT (g_hash_table_lookup (self->note_numbers, self->pending->pdata[i]));

          if (*body != '\0')
            g_string_append_printf (row, " [%u: %s]", number, body);
        }
      g_ptr_array_set_size (self->pending, 0);

      emit_line (self, row->str);
    }
}

/* Block content: paragraphs and tables, inside the body, a table cell or
 * a content control.  With @cell, text goes there instead of lines. */
static void
read_block (Reader  *self,
            xmlNode *parent,
            GString *cell)
{
  for (xmlNode *c = parent->children; c != NULL && !self->overflow; c = c->next)
    {
      if (is_w (c, "p"))
        {
          g_autofree char *text = paragraph_text (self, c);

          if (cell != NULL)
            {
              if (cell->len > 0 && *text != '\0')
                g_string_append_c (cell, ' ');
              g_string_append (cell, text);
              continue;
            }

          if (self->pending->len > 0)
            {
              GString *line = g_string_new (text);

              for (guint i = 0; i < self->pending->len; i++)
                {
                  g_autofree char *body = note_text (self, self->pending->pdata[i]);
                  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (self->note_numbers, self->pending->pdata[i]));

                  if (*body != '\0')
                    g_string_append_printf (line, " [%u: %s]", number, body);
                }
              g_ptr_array_set_size (self->pending, 0);
              g_free (text);
              text = g_string_free (line, FALSE);
            }
          emit_line (self, text);
        }
      else if (is_w (c, "tbl"))
        {
          if (cell != NULL)
            read_block (self, c, cell);
          else
            read_table (self, c);
        }
      else if (is_w (c, "tr") || is_w (c, "tc"))
        read_block (self, c, cell);
      else if (is_w (c, "sdt") || is_w (c, "sdtContent") || is_w (c, "customXml") ||
               is_w (c, "ins") || is_w (c, "moveTo"))
        read_block (self, c, cell);
    }
}

static void
read_notes (Reader     *self,
            xmlDoc     *doc,
            const char *element,
            const char *kind)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *note = root->children; note != NULL; note = note->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *type = NULL;
      GString *text;

      if (!is_w (note, element))
        continue;
      type = w_attr (note, "type");
      if (type != NULL && !g_str_equal (type, "normal"))
        continue; /* separators */
      id = w_attr (note, "id");
      if (id == NULL)
        continue;

      text = g_string_new (NULL);
      for (xmlNode *p = note->children; p != NULL; p = p->next)
        {
          GString *para;

          if (!is_w (p, "p"))
            continue;
          para = g_string_new (NULL);
          collect_inline (self, p, para);
          g_strdelimit (para->str, "\t\n", ' ');
          g_strstrip (para->str);
          if (text->len > 0 && para->str[0] != '\0')
            g_string_append_c (text, ' ');
          g_string_append (text, para->str);
          g_string_free (para, TRUE);
        }

      g_hash_table_replace (self->notes, g_strconcat (kind, id, NULL), g_string_free (text, FALSE));
    }

  /* A note's own text never references other notes. */
  g_ptr_array_set_size (self->pending, 0);
}

static char *
note_text (Reader     *self,
           const char *key)
{
  const char *text = g_hash_table_lookup (self->notes, key);

  return g_strdup (text != NULL ? text : "");
}

/* ---- entry point -------------------------------------------------------- */

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

char *
_rpt_docx_read_text (const guint8  *data,
                     gsize          len,
                     const char    *display_name,
                     gsize          max_unpacked,
                     GCancellable  *cancellable,
                     GError       **error)
{
  static GOnce once = G_ONCE_INIT;
  GByteArray *parts[N_PARTS] = { NULL, };
  xmlDoc *docs[N_PARTS] = { NULL, };
  Reader self = { 0, };
  xmlNode *body;
  char *result = NULL;

  g_once (&once, init_libxml, NULL);

  if (!unpack_parts (data, len, display_name, max_unpacked, parts, cancellable, error))
    goto out;

  if (parts[PART_DOCUMENT] == NULL)
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” is damaged: it is a ZIP archive without the document text (word/document.xml is missing)"),
                   display_name);
      goto out;
    }

  for (int i = 0; i < N_PARTS; i++)
    {
      if (parts[i] == NULL)
        continue;
      docs[i] = parse_part (parts[i], part_names[i], display_name, error);
      if (docs[i] == NULL)
        goto out;
    }

  self.display_name = display_name;
  self.abstracts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, abstract_num_free);
  self.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, num_free);
  self.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, style_num_free);
  self.notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.note_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.pending = g_ptr_array_new_with_free_func (g_free);
  self.out = g_string_new (NULL);
  self.max_out = max_unpacked;

  if (docs[PART_NUMBERING] != NULL)
    read_numbering (&self, docs[PART_NUMBERING]);
  if (docs[PART_STYLES] != NULL)
    read_styles (&self, docs[PART_STYLES]);
  if (docs[PART_FOOTNOTES] != NULL)
    read_notes (&self, docs[PART_FOOTNOTES], "footnote", "f");
  if (docs[PART_ENDNOTES] != NULL)
    read_notes (&self, docs[PART_ENDNOTES], "endnote", "e");

  body = w_child (xmlDocGetRootElement (docs[PART_DOCUMENT]), "body");
  if (!is_w (xmlDocGetRootElement (docs[PART_DOCUMENT]), "document") || body == NULL)
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” is damaged: word/document.xml has no document body"),
                   display_name);
    }
  else
    {
      read_block (&self, body, NULL);
      if (self.overflow)
        set_too_large (error, display_name, max_unpacked);
      else
        result = g_string_free (g_steal_pointer (&self.out), FALSE);
    }

  g_clear_pointer (&self.abstracts, g_hash_table_unref);
  g_clear_pointer (&self.nums, g_hash_table_unref);
  g_clear_pointer (&self.counters, g_hash_table_unref);
  g_clear_pointer (&self.styles, g_hash_table_unref);
  g_clear_pointer (&self.notes, g_hash_table_unref);
  g_clear_pointer (&self.note_numbers, g_hash_table_unref);
  g_clear_pointer (&self.pending, g_ptr_array_unref);
  if (self.out != NULL)
    g_string_free (self.out, TRUE);

out:
  for (int i = 0; i < N_PARTS; i++)
    {
      g_clear_pointer (&docs[i], xmlFreeDoc);
      if (parts[i] != NULL)
        g_byte_array_unref (parts[i]);
    }
  return result;
}
