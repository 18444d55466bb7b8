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
#include <string.h>

typedef void *(*first_attr_fn)(void *element);
typedef void *(*next_attr_fn)(void *attr);
typedef const unsigned char *(*attr_str_fn)(void *attr, size_t *len);
typedef int (*node_type_fn)(void *node);

static first_attr_fn first_attr = NULL;
static next_attr_fn next_attr = NULL;
static attr_str_fn attr_name = NULL;
static attr_str_fn attr_value = NULL;
static node_type_fn node_type = NULL;

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
    /* (the handle stays open: the module is selectolax's, loaded for the life of the process anyway) */
    if (!first_attr || !next_attr || !attr_name || !attr_value || !node_type) {
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
static PyObject *block_ident(PyObject *self, PyObject *arg) {
    (void)self;
    if (first_attr == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "not bound");
        return NULL;
    }
    void *node = element_of(arg);
    if (node == NULL) return NULL;
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

/* named_anchor(mem_id) -> bool: dom._anchor's test of node.attributes ("name" in it and "href" not). */
static PyObject *named_anchor(PyObject *self, PyObject *arg) {
    (void)self;
    if (first_attr == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "not bound");
        return NULL;
    }
    void *node = element_of(arg);
    if (node == NULL) return NULL;
    if (node_type(node) != ELEMENT_NODE) Py_RETURN_FALSE;
    int name_seen = 0;
    for (void *attr = first_attr(node); attr != NULL; attr = next_attr(attr)) {
        size_t nlen = 0;
        const unsigned char *name = attr_name(attr, &nlen);
        if (name == NULL) continue;
        if (named(name, nlen, "href")) Py_RETURN_FALSE;
        if (named(name, nlen, "name")) name_seen = 1;
    }
    return PyBool_FromLong(name_seen);
}

/* 2. Three regex substitutions written as one loop each (the regex engine's ``sub`` makes a match object's worth of
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
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&module); }
