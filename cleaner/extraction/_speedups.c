/* Optional C forms of a few steps of the extraction, each giving exactly what its Python gives (the Python runs
 * where this module is not built).
 *
 * 1. The attributes the DOM walk reads of an element, read in C from selectolax's own lexbor (dom.py).
 *
 * selectolax's ``LexborNode.attributes`` decodes every attribute of an element into a new dict (names and values,
 * ``data-*`` and ``href`` alike); the walk reads at most five of them (class, id, style, role, hidden) for each
 * block it opens, and two (name, href) for a link holding more than a text. This module reads them off the lexbor
 * element itself, through the functions selectolax's extension module exports (found with dlopen / dlsym on that
 * module, already loaded: no headers, no library of its own), given the element's address (``LexborNode.mem_id``).
 *
 * Each answer is the one dom.py's Python makes of ``node.attributes`` (the same attributes in the same order, the
 * last of a name winning as in the dict, values decoded with errors="replace" as selectolax does), or None where
 * that Python has more to decide (a style holding "none" or "float", a "hidden" attribute, a class holding "hid" or
 * "d-none"): the caller then asks ``node.attributes``. dom.py checks the answers against its Python on a probe page
 * when it loads the module and does without it when they differ (or when a symbol is missing).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlfcn.h>
#include <stdint.h>
#include <string.h>

typedef void *(*first_attr_fn)(void *element);
typedef void *(*next_attr_fn)(void *attr);
typedef const unsigned char *(*attr_str_fn)(void *attr, size_t *len);
typedef int (*node_type_fn)(void *node);
typedef void *(*node_step_fn)(void *node);
typedef uintptr_t (*node_tag_fn)(void *node);
typedef const unsigned char *(*str_data_fn)(void *str);
typedef size_t (*str_length_fn)(void *str);

static first_attr_fn first_attr = NULL;
static next_attr_fn next_attr = NULL;
static attr_str_fn attr_name = NULL;
static attr_str_fn attr_value = NULL;
static node_type_fn node_type = NULL;
static node_step_fn first_child = NULL;
static node_step_fn next_sibling = NULL;
static node_tag_fn tag_id_of = NULL;
static str_data_fn str_data = NULL;
static str_length_fn str_length = NULL;

#define ELEMENT_NODE 1 /* LXB_DOM_NODE_TYPE_ELEMENT */

static PyObject *bind(PyObject *self, PyObject *arg) {
    (void)self;
    PyObject *bytes = NULL;
    if (!PyUnicode_FSConverter(arg, &bytes)) return NULL;
    void *handle = dlopen(PyBytes_AS_STRING(bytes), RTLD_NOW | RTLD_NOLOAD);
    Py_DECREF(bytes);
    if (handle == NULL) Py_RETURN_FALSE;
    first_attr = (first_attr_fn)dlsym(handle, "lxb_dom_element_first_attribute_noi");
    next_attr = (next_attr_fn)dlsym(handle, "lxb_dom_element_next_attribute_noi");
    attr_name = (attr_str_fn)dlsym(handle, "lxb_dom_attr_qualified_name");
    attr_value = (attr_str_fn)dlsym(handle, "lxb_dom_attr_value_noi");
    node_type = (node_type_fn)dlsym(handle, "lxb_dom_node_type_noi");
    first_child = (node_step_fn)dlsym(handle, "lxb_dom_node_first_child_noi");
    next_sibling = (node_step_fn)dlsym(handle, "lxb_dom_node_next_noi");
    tag_id_of = (node_tag_fn)dlsym(handle, "lxb_dom_node_tag_id_noi");
    str_data = (str_data_fn)dlsym(handle, "lexbor_str_data_noi");
    str_length = (str_length_fn)dlsym(handle, "lexbor_str_length_noi");
    /* (the handle stays open: the module is selectolax's, loaded for the life of the process anyway) */
    if (!first_attr || !next_attr || !attr_name || !attr_value || !node_type || !first_child || !next_sibling ||
        !tag_id_of || !str_data || !str_length) {
        first_attr = NULL;
        Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

/* One attribute's value as read: present or not, its bytes (NULL: no value, None in the dict). */
typedef struct {
    int present;
    const unsigned char *data;
    size_t len;
} value_t;

static int holds(const value_t *v, const char *part) {
    size_t n = strlen(part);
    if (v->data == NULL || v->len < n) return 0;
    for (size_t i = 0; i + n <= v->len; i++) {
        if (v->data[i] == (unsigned char)part[0] && memcmp(v->data + i, part, n) == 0) return 1;
    }
    return 0;
}

static int named(const unsigned char *name, size_t len, const char *want) {
    size_t n = strlen(want);
    return len == n && memcmp(name, want, n) == 0;
}

static void *element_of(PyObject *arg) {
    void *node = PyLong_AsVoidPtr(arg);
    if (node == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "no node");
        return NULL;
    }
    return node;
}

static PyObject *decoded(const value_t *v) {
    return PyUnicode_DecodeUTF8((const char *)v->data, (Py_ssize_t)v->len, "replace");
}

/* block_ident(mem_id) -> str | None: dom._ident(node.attributes) when that is a str and the element is not floated
 * by its style ("" for no attribute), or None where the Python path decides (see the head of this file). */
static PyObject *ident_of(void *node) {
    if (node_type(node) != ELEMENT_NODE) return PyUnicode_New(0, 0);
    value_t cls = {0, NULL, 0}, id = {0, NULL, 0}, style = {0, NULL, 0}, role = {0, NULL, 0};
    for (void *attr = first_attr(node); attr != NULL; attr = next_attr(attr)) {
        size_t nlen = 0, vlen = 0;
        const unsigned char *name = attr_name(attr, &nlen);
        if (name == NULL || nlen < 2 || nlen > 6) continue;
        value_t *slot = NULL;
        if (named(name, nlen, "class")) slot = &cls;
        else if (named(name, nlen, "id")) slot = &id;
        else if (named(name, nlen, "style")) slot = &style;
        else if (named(name, nlen, "role")) slot = &role;
        else if (named(name, nlen, "hidden")) Py_RETURN_NONE;
        if (slot == NULL) continue;
        const unsigned char *value = attr_value(attr, &vlen);
        slot->present = 1;
        slot->data = value;
        slot->len = value == NULL ? 0 : vlen;
    }
    if (holds(&style, "none") || holds(&style, "float") || holds(&cls, "hid") || holds(&cls, "d-none")) {
        Py_RETURN_NONE;
    }
    int dialog = role.data != NULL && ((role.len == 6 && memcmp(role.data, "dialog", 6) == 0) ||
                                       (role.len == 11 && memcmp(role.data, "alertdialog", 11) == 0));
    if (dialog) Py_RETURN_NONE; /* (rare: the Python path names the dialog) */
    if (cls.len && id.len) {
        PyObject *a = decoded(&cls);
        if (a == NULL) return NULL;
        PyObject *b = decoded(&id);
        if (b == NULL) {
            Py_DECREF(a);
            return NULL;
        }
        PyObject *out = PyUnicode_FromFormat("%U %U", a, b);
        Py_DECREF(a);
        Py_DECREF(b);
        return out;
    }
    if (cls.len) return decoded(&cls);
    if (id.len) return decoded(&id);
    return PyUnicode_New(0, 0);
}

static PyObject *block_ident(PyObject *self, PyObject *arg) {
    (void)self;
    if (first_attr == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "not bound");
        return NULL;
    }
    void *node = element_of(arg);
    if (node == NULL) return NULL;
    return ident_of(node);
}

static int anchored(void *node) {
    if (node_type(node) != ELEMENT_NODE) return 0;
    int name_seen = 0;
    for (void *attr = first_attr(node); attr != NULL; attr = next_attr(attr)) {
        size_t nlen = 0;
        const unsigned char *name = attr_name(attr, &nlen);
        if (name == NULL) continue;
        if (named(name, nlen, "href")) return 0;
        if (named(name, nlen, "name")) name_seen = 1;
    }
    return name_seen;
}

/* named_anchor(mem_id) -> bool: dom._anchor's test of node.attributes ("name" in it and "href" not). */
static PyObject *named_anchor(PyObject *self, PyObject *arg) {
    (void)self;
    if (first_attr == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "not bound");
        return NULL;
    }
    void *node = element_of(arg);
    if (node == NULL) return NULL;
    return PyBool_FromLong(anchored(node));
}

/* 2. The DOM walk's reading of the tree, in one C pass (dom._walk_flat reads what it gathers).
 *
 * flatten(body_mem_id, kinds, aside_id) lists the nodes under the body in document order, as the walk would meet
 * them through selectolax (first_child / next), without making a LexborNode per step: per node its lexbor tag id,
 * the index just past its listed descendants ("end"; for a text node 0, or -1 when it is white space only, as
 * ``is_empty_text_node`` tells), and a value: a text node's ``text_content`` (None for white space only: ``text_at``
 * reads it when the walk needs it, inside a line), a block element's ``block_ident``, a link's ``named_anchor``, else
 * None. The descendants of the elements the walk steps over (``kinds[tag]`` 2 or 3,
 * save the ``<aside>``, which may be a quote) are not listed. The node addresses come back as bytes (8 a node):
 * ``node_at`` makes the LexborNode of one when the Python needs it (a form control, a hidden block, a ``<time>``).
 *
 * Text is read off the node's character data (lexbor's ``lexbor_str_t`` right after the node's own fields), at an
 * offset ``set_text_offset`` finds and checks on a text node the Python gives it; LexborNode's fields (the node, its
 * parser) are at the offsets Cython lays them out at, checked by ``set_node_layout`` on a node the Python gives it.
 */

#define TEXT_NODE 3 /* LXB_DOM_NODE_TYPE_TEXT */
#define K_TEXT 1
#define K_STEP 2
#define K_CONTROL 3
#define K_LINK 6
#define K_PRE 8

static Py_ssize_t text_at = -1; /* offset of a text node's lexbor_str_t */

static void text_of(void *node, const unsigned char **data, size_t *len) {
    void *str = (char *)node + text_at;
    *data = str_data(str);
    *len = *data == NULL ? 0 : str_length(str);
}

/* set_text_offset(mem_id, utf8) -> bool: find where a text node keeps its character data (tried at the usual
 * offsets; the node's text, given, must match there). */
static PyObject *set_text_offset(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *mem;
    const char *want;
    Py_ssize_t want_len;
    if (!PyArg_ParseTuple(args, "Oy#", &mem, &want, &want_len)) return NULL;
    if (first_attr == NULL) Py_RETURN_FALSE;
    void *node = element_of(mem);
    if (node == NULL) return NULL;
    if (node_type(node) != TEXT_NODE || want_len < 16) Py_RETURN_FALSE;
    static const Py_ssize_t tries[] = {96, 104, 88, 112, 120, 80, 128};
    for (size_t t = 0; t < sizeof tries / sizeof tries[0]; t++) {
        Py_ssize_t off = tries[t];
        /* read the length word first: a wrong offset shows a length that is not the text's */
        size_t len = *(size_t *)((char *)node + off + sizeof(void *));
        const unsigned char *data = *(const unsigned char **)((char *)node + off);
        if (len != (size_t)want_len || data == NULL) continue;
        if (memcmp(data, want, (size_t)want_len) != 0) continue;
        text_at = off;
        const unsigned char *d2;
        size_t l2;
        text_of(node, &d2, &l2);
        if (d2 == data && l2 == len) Py_RETURN_TRUE;
        text_at = -1;
    }
    Py_RETURN_FALSE;
}

#define NODE_AT ((Py_ssize_t)(sizeof(PyObject) + sizeof(void *))) /* after the head and Cython's vtable pointer */
#define PARSER_AT (NODE_AT + (Py_ssize_t)sizeof(void *))
static int layout_ok = 0;

/* set_node_layout(node, mem_id, parser) -> bool: is a LexborNode laid out as this module reads it? */
static PyObject *set_node_layout(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *node, *mem, *parser;
    if (!PyArg_ParseTuple(args, "OOO", &node, &mem, &parser)) return NULL;
    void *ptr = PyLong_AsVoidPtr(mem);
    if (ptr == NULL && PyErr_Occurred()) return NULL;
    layout_ok = Py_TYPE(node)->tp_basicsize >= PARSER_AT + (Py_ssize_t)sizeof(void *) && ptr != NULL &&
                *(void **)((char *)node + NODE_AT) == ptr && *(PyObject **)((char *)node + PARSER_AT) == parser;
    return PyBool_FromLong(layout_ok);
}

/* node_at(like, addresses, i) -> LexborNode: the node at addresses' i-th place, of like's parser. */
static PyObject *node_at(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *like, *addresses;
    Py_ssize_t i;
    if (!PyArg_ParseTuple(args, "OSn", &like, &addresses, &i)) return NULL;
    if (!layout_ok) {
        PyErr_SetString(PyExc_RuntimeError, "no layout");
        return NULL;
    }
    if (i < 0 || (i + 1) * (Py_ssize_t)sizeof(void *) > PyBytes_GET_SIZE(addresses)) {
        PyErr_SetString(PyExc_IndexError, "no such node");
        return NULL;
    }
    void *ptr = ((void **)PyBytes_AS_STRING(addresses))[i];
    PyTypeObject *tp = Py_TYPE(like);
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL) return NULL;
    PyObject *out = tp->tp_new(tp, empty, NULL);
    Py_DECREF(empty);
    if (out == NULL) return NULL;
    *(void **)((char *)out + NODE_AT) = ptr;
    PyObject *parser = *(PyObject **)((char *)like + PARSER_AT);
    PyObject **slot = (PyObject **)((char *)out + PARSER_AT);
    Py_XINCREF(parser);
    Py_XSETREF(*slot, parser);
    return out;
}

static int blank(const unsigned char *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = data[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') return 0;
    }
    return 1;
}

typedef struct {
    Py_ssize_t n, cap;
    void **ptr;
    long *tag;
    Py_ssize_t *end;
    PyObject **val;
} flat_t;

static void flat_free(flat_t *f, int values) {
    if (values && f->val) {
        for (Py_ssize_t i = 0; i < f->n; i++) Py_XDECREF(f->val[i]);
    }
    PyMem_Free(f->ptr);
    PyMem_Free(f->tag);
    PyMem_Free(f->end);
    PyMem_Free(f->val);
}

static int flat_grow(flat_t *f) {
    Py_ssize_t cap = f->cap ? f->cap * 2 : 1024;
    void **p = PyMem_Realloc(f->ptr, (size_t)cap * sizeof(void *));
    if (p) f->ptr = p;
    long *t = PyMem_Realloc(f->tag, (size_t)cap * sizeof(long));
    if (t) f->tag = t;
    Py_ssize_t *e = PyMem_Realloc(f->end, (size_t)cap * sizeof(Py_ssize_t));
    if (e) f->end = e;
    PyObject **v = PyMem_Realloc(f->val, (size_t)cap * sizeof(PyObject *));
    if (v) f->val = v;
    if (!p || !t || !e || !v) return -1;
    f->cap = cap;
    return 0;
}

static PyObject *as_list_long(const long *xs, Py_ssize_t n) {
    PyObject *out = PyList_New(n);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PyLong_FromLong(xs[i]);
        if (x == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, x);
    }
    return out;
}

static PyObject *as_list_ssize(const Py_ssize_t *xs, Py_ssize_t n) {
    PyObject *out = PyList_New(n);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PyLong_FromSsize_t(xs[i]);
        if (x == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, x);
    }
    return out;
}

static PyObject *decoded_text(void *node) {
    const unsigned char *data;
    size_t len;
    text_of(node, &data, &len);
    if (data == NULL) Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8((const char *)data, (Py_ssize_t)len, "replace");
}

/* text_at(addresses, i) -> str | None: the text_content of the text node at addresses' i-th place (flatten lists
 * None for a text of white space only: the walk reads one only inside a line). */
static PyObject *text_at_(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *addresses;
    Py_ssize_t i;
    if (!PyArg_ParseTuple(args, "Sn", &addresses, &i)) return NULL;
    if (text_at < 0) {
        PyErr_SetString(PyExc_RuntimeError, "not bound");
        return NULL;
    }
    if (i < 0 || (i + 1) * (Py_ssize_t)sizeof(void *) > PyBytes_GET_SIZE(addresses)) {
        PyErr_SetString(PyExc_IndexError, "no such node");
        return NULL;
    }
    void *node = ((void **)PyBytes_AS_STRING(addresses))[i];
    if (node_type(node) != TEXT_NODE) Py_RETURN_NONE;
    return decoded_text(node);
}

/* The value listed for a node of kind k (a new reference; NULL on an error): a text of white space only is None. */
static PyObject *value_of(void *node, long k, int text) {
    if (text) {
        const unsigned char *data;
        size_t len;
        text_of(node, &data, &len);
        if (blank(data, len)) Py_RETURN_NONE;
        return PyUnicode_DecodeUTF8((const char *)data, (Py_ssize_t)len, "replace");
    }
    if (k == 0 || k >= K_PRE) return ident_of(node);
    if (k == K_LINK) return PyBool_FromLong(anchored(node));
    Py_RETURN_NONE;
}

static PyObject *flatten(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *mem;
    const unsigned char *kinds;
    Py_ssize_t nkinds;
    long aside_id;
    if (!PyArg_ParseTuple(args, "Oy#l", &mem, &kinds, &nkinds, &aside_id)) return NULL;
    if (first_attr == NULL || text_at < 0) {
        PyErr_SetString(PyExc_RuntimeError, "not bound");
        return NULL;
    }
    void *body = element_of(mem);
    if (body == NULL) return NULL;
    flat_t f = {0, 0, NULL, NULL, NULL, NULL};
    Py_ssize_t *open = NULL, depth = 0, open_cap = 0;
    void *node = first_child(body);
    for (;;) {
        while (node == NULL) {
            if (depth == 0) goto done;
            Py_ssize_t at = open[--depth];
            f.end[at] = f.n;
            node = next_sibling(f.ptr[at]);
        }
        if (f.n == f.cap && flat_grow(&f) < 0) goto fail;
        Py_ssize_t i = f.n;
        long tag = (long)tag_id_of(node);
        long k = tag >= 0 && tag < nkinds ? kinds[tag] : 0;
        int text = k == K_TEXT && node_type(node) == TEXT_NODE;
        PyObject *v = value_of(node, k, text);
        if (v == NULL) goto fail;
        f.ptr[i] = node;
        f.tag[i] = tag;
        f.val[i] = v;
        f.n++;
        if (text) {
            f.end[i] = v == Py_None ? -1 : 0; /* (None: no data, or white space only) */
            node = next_sibling(node);
            continue;
        }
        f.end[i] = i + 1;
        void *child = (k == K_STEP || k == K_CONTROL) && tag != aside_id ? NULL : first_child(node);
        if (child == NULL) {
            node = next_sibling(node);
            continue;
        }
        if (depth == open_cap) {
            Py_ssize_t cap = open_cap ? open_cap * 2 : 256;
            Py_ssize_t *o = PyMem_Realloc(open, (size_t)cap * sizeof(Py_ssize_t));
            if (o == NULL) goto fail;
            open = o;
            open_cap = cap;
        }
        open[depth++] = i;
        node = child;
    }
done:;
    PyObject *tags = as_list_long(f.tag, f.n);
    PyObject *ends = tags ? as_list_ssize(f.end, f.n) : NULL;
    PyObject *vals = ends ? PyList_New(f.n) : NULL;
    PyObject *ptrs = vals ? PyBytes_FromStringAndSize((const char *)f.ptr, f.n * (Py_ssize_t)sizeof(void *)) : NULL;
    if (ptrs == NULL) {
        Py_XDECREF(tags);
        Py_XDECREF(ends);
        Py_XDECREF(vals);
        goto fail;
    }
    for (Py_ssize_t i = 0; i < f.n; i++) PyList_SET_ITEM(vals, i, f.val[i]); /* (the references move) */
    flat_free(&f, 0);
    PyMem_Free(open);
    return Py_BuildValue("(NNNN)", tags, ends, vals, ptrs);
fail:
    flat_free(&f, 1);
    PyMem_Free(open);
    if (!PyErr_Occurred()) PyErr_NoMemory();
    return NULL;
}

/* 3. Three regex substitutions written as one loop each (the regex engine's ``sub`` makes a match object's worth of
 * work per match, and a list of pieces to join): what a character is, is asked of CPython's own tables, the ones
 * the ``re`` module asks (``\w`` is Py_UNICODE_ISALNUM or "_", ``\d`` is Py_UNICODE_ISDECIMAL). */

static int cjk_wide(Py_UCS4 c) {
    return (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
}

enum { KEEP_ALNUM = 1, DROP_DECIMAL = 2, DROP_CJK_GAP = 3 };

/* The characters of ``s`` kept by ``mode``, as a new canonical string (or ``s`` itself when all are kept). */
static PyObject *kept(PyObject *s, int mode) {
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "a str is needed");
        return NULL;
    }
    if (PyUnicode_READY(s) < 0) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t first = -1; /* the first character dropped */
    for (Py_ssize_t i = 0; i < n && first < 0; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int drop;
        if (mode == KEEP_ALNUM) drop = !Py_UNICODE_ISALNUM(c);
        else if (mode == DROP_DECIMAL) drop = Py_UNICODE_ISDECIMAL(c);
        else drop = c == ' ' && i > 0 && i + 1 < n && cjk_wide(PyUnicode_READ(kind, data, i - 1)) &&
                    cjk_wide(PyUnicode_READ(kind, data, i + 1));
        if (drop) first = i;
    }
    if (first < 0) {
        Py_INCREF(s);
        return s;
    }
    char *buf = PyMem_Malloc((size_t)(n > 0 ? n : 1) * (size_t)kind);
    if (buf == NULL) return PyErr_NoMemory();
    memcpy(buf, data, (size_t)first * (size_t)kind);
    Py_ssize_t m = first;
    for (Py_ssize_t i = first + 1; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int drop;
        if (mode == KEEP_ALNUM) drop = !Py_UNICODE_ISALNUM(c);
        else if (mode == DROP_DECIMAL) drop = Py_UNICODE_ISDECIMAL(c);
        else drop = c == ' ' && i + 1 < n && cjk_wide(PyUnicode_READ(kind, data, i - 1)) &&
                    cjk_wide(PyUnicode_READ(kind, data, i + 1));
        if (!drop) PyUnicode_WRITE(kind, buf, m++, c);
    }
    PyObject *out = PyUnicode_FromKindAndData(kind, buf, m); /* (made canonical: its own widest character) */
    PyMem_Free(buf);
    return out;
}

/* alnum_only(s) == re.sub(r"[\W_]+", "", s): the letters and digits of s. */
static PyObject *alnum_only(PyObject *self, PyObject *s) {
    (void)self;
    return kept(s, KEEP_ALNUM);
}

/* no_decimals(s) == re.sub(r"\d+", "", s). */
static PyObject *no_decimals(PyObject *self, PyObject *s) {
    (void)self;
    return kept(s, DROP_DECIMAL);
}

/* cjk_ungap(s) == dom.CJK_GAP.sub("", s): s without each space between two CJK characters (or full-width marks). */
static PyObject *cjk_ungap(PyObject *self, PyObject *s) {
    (void)self;
    return kept(s, DROP_CJK_GAP);
}

static PyMethodDef methods[] = {
    {"alnum_only", alnum_only, METH_O, "alnum_only(s) -> str: re.sub(r'[\\W_]+', '', s)."},
    {"no_decimals", no_decimals, METH_O, "no_decimals(s) -> str: re.sub(r'\\d+', '', s)."},
    {"cjk_ungap", cjk_ungap, METH_O, "cjk_ungap(s) -> str: dom.CJK_GAP.sub('', s)."},
    {"bind", bind, METH_O, "bind(path) -> bool: find the lexbor functions in selectolax's module at path."},
    {"block_ident", block_ident, METH_O, "block_ident(mem_id) -> str | None (see the module's head)."},
    {"named_anchor", named_anchor, METH_O, "named_anchor(mem_id) -> bool: a name attribute and no href."},
    {"set_text_offset", set_text_offset, METH_VARARGS, "set_text_offset(mem_id, utf8) -> bool (see part 2)."},
    {"set_node_layout", set_node_layout, METH_VARARGS, "set_node_layout(node, mem_id, parser) -> bool."},
    {"node_at", node_at, METH_VARARGS, "node_at(like, addresses, i) -> LexborNode."},
    {"text_at", text_at_, METH_VARARGS, "text_at(addresses, i) -> str | None: a text node's text_content."},
    {"flatten", flatten, METH_VARARGS, "flatten(body_mem_id, kinds, aside_id) -> (tags, ends, values, addresses)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&module); }
