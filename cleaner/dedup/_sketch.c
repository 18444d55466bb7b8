/* Compiled kernel of cleaner.dedup.signature.sketch_batch and normalize.blank_code (optional: without it, the numpy
   path runs, and gives the same sketches bit for bit; tests/test_sketch_kernel.py checks both agree).

   code_lines, code_blocks  the lines and blocks that read as code (normalize.blank_code's counting and code_blocks)
   lines_of, split_cut, gather, lengths
                            the segmenter's lines: a batch's folded lines as str, one segmenter call read line by line,
                            the line memory's pieces laid end to end per text (signature._cut_lengths)
   bounds                   token bounds of a batch (runs of non-spaces, or the segmenter's tokens; join_plain)
   tail                     everything sketch_batch derives from the tokens: token hashes, shingle hashes, the MinHash
                            of the mod-minhash_mod sample by segments and windows, band keys, window / anchor-pair /
                            fine keys (distinct, ascending, without the text's band keys) and the evidence
   fold_text, cjk_texts, fresh_lines, cjk_gaps
                            a batch's code points and their fold in one loop, its texts with CJK, the lines the line
                            memory lacks, the gaps between ideographs closed (normalize.close_cjk_gaps)
   char_evidence            the character evidence of a batch's texts (signature.char_grams + char_evidence), and
                            their character band keys (signature.char_keys) in the same loop
   distinct32, members32, common32, increasing_path, in_order_path, off_path, common_places, miss_runs
                            the verifier's loops over evidence (cleaner.dedup.verify): sorted distinct values, flags,
                            shared counts, the in-order path of a pair and the running counts off it, the grams of
                            common words, the runs of misses
   dirty_at, squeeze_from, glue_lines, spaces_plain, sentences, count_marked
                            per-character tests of the text pass (textclean.normalize_text, split_text,
                            document.fold_spaces, scriptfold._census) and the collapse's merge._sentences, one
                            loop per text
   jieba_load, jieba_pieces jieba's cut without HMM over jieba's dictionary (rjieba's tokens), as the token lengths
                            split_cut makes of rjieba's list of str (signature._cut_lengths_kernel)
   jieba_lines, jieba_memory
                            that cut of a batch's folded lines with the line memory in the kernel: lines_of,
                            fresh_lines, jieba_pieces and gather in one loop, without a str per line
   flat_line                the extraction's walk: a line of an inline text run with its white space folded, its
                            characters and its sentence marks in one loop (extraction.dom._flush)
   page_marks               the extraction's guard: a page's "=", "<" and "</" bytes per chunk, its stretches without
                            "<" or ">", in one call (extraction._guard)
   utf8_ignore              the page's UTF-8 bytes for the parser (extraction._guard): str.encode("utf-8", "ignore")
                            with its runs of ASCII characters narrowed 16 at a time

   The hash scheme is signature.HASH_VERSION: all arithmetic on unsigned 64- and 32-bit integers (wraparound, as
   numpy's). Every buffer is checked against the others before use (a ValueError, never a read out of bounds); the
   GIL is released during the numeric passes (bounds, tail, code_lines). Buffers are C-contiguous: code points uint32,
   offsets and counts int64; results come back as bytearrays (numpy.frombuffer reads them without a copy). */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

#if defined(_MSC_VER) && !defined(restrict)
#define restrict __restrict
#endif

#define B_POLY 0x100000001B3ULL
#define SHINGLE_MUL 0x9E3779B97F4A7C15ULL
#define BAND_MUL 0xC2B2AE3D27D4EB4FULL
#define ROW_MUL 0x165667B19E3779F9ULL
#define KEY_MASK ((1ULL << 62) - 1)
#define ANCHOR_BIT (1ULL << 62)
#define FINE_BIT (1ULL << 61)
#define PAIR_MASK (FINE_BIT - 1)
#define ANCHOR_MUL 0xD6E8FEB86659FD93ULL
#define ANCHOR_SEED 0xA0761D6478BD642FULL

static inline uint64_t fmix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 33);
}

static inline uint32_t fmix32(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85EBCA6BU;
    h ^= h >> 13;
    h *= 0xC2B2AE35U;
    return h ^ (h >> 16);
}

/* a growable buffer */
typedef struct {
    char *data;
    size_t len, cap; /* bytes */
} buf_t;

static int buf_reserve(buf_t *b, size_t extra) {
    if (extra > SIZE_MAX / 2 - b->len) return -1;
    size_t need = b->len + extra;
    if (need <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < need) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) return -1;
    b->data = d;
    b->cap = cap;
    return 0;
}

/* sort ascending (NAME over T values of BITS bits): insertion sort for small arrays, else an LSD radix sort (8 bits a
   pass, passes whose digit is the same in every value skipped) through `tmp` (n values): O(n) whatever the values */
#define DEFINE_SORT(NAME, T, BITS)                                                                                     \
    static void NAME(T *v, size_t n, T *tmp) {                                                                         \
        if (n < 2) return;                                                                                             \
        if (n <= 48) {                                                                                                 \
            for (size_t i = 1; i < n; i++) {                                                                           \
                T x = v[i];                                                                                            \
                size_t j = i;                                                                                          \
                while (j > 0 && v[j - 1] > x) {                                                                        \
                    v[j] = v[j - 1];                                                                                   \
                    j--;                                                                                               \
                }                                                                                                      \
                v[j] = x;                                                                                              \
            }                                                                                                          \
            return;                                                                                                    \
        }                                                                                                              \
        T same = ~(T)0, first = v[0];                                                                                  \
        for (size_t i = 1; i < n; i++) same &= ~(v[i] ^ first);                                                        \
        T *src = v, *dst = tmp;                                                                                        \
        for (int shift = 0; shift < BITS; shift += 8) {                                                                \
            if (((same >> shift) & 0xFF) == 0xFF) continue; /* this digit is the same in every value */                \
            size_t count[256];                                                                                         \
            memset(count, 0, sizeof count);                                                                            \
            for (size_t i = 0; i < n; i++) count[(src[i] >> shift) & 0xFF]++;                                         \
            size_t at = 0;                                                                                             \
            for (int d = 0; d < 256; d++) {                                                                            \
                size_t c = count[d];                                                                                   \
                count[d] = at;                                                                                         \
                at += c;                                                                                               \
            }                                                                                                          \
            for (size_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 0xFF]++] = src[i];                            \
            T *t = src;                                                                                                \
            src = dst;                                                                                                 \
            dst = t;                                                                                                   \
        }                                                                                                              \
        if (src != v) memcpy(v, src, n * sizeof(T));                                                                   \
    }

DEFINE_SORT(sort_u64, uint64_t, 64)
DEFINE_SORT(sort_u32, uint32_t, 32)

#if defined(__x86_64__) && defined(__GLIBC__) && defined(__GNUC__) && !defined(__clang__)
#define CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CLONES
#endif

/* row[p] = min over the values v of sub[lo:hi] of v * a[p] + b[p] (uint32 wraparound; UINT32_MAX when none), for
   p < P: 16 permutations at a time held in registers (vector extensions where the compiler has them) */
CLONES static void segment_min(uint32_t *restrict row, const uint32_t *restrict sub, Py_ssize_t lo, Py_ssize_t hi,
                               const uint32_t *restrict a, const uint32_t *restrict b, Py_ssize_t P) {
    Py_ssize_t p0 = 0;
#if defined(__GNUC__)
    typedef uint32_t v8u __attribute__((vector_size(32)));
    for (; p0 + 16 <= P; p0 += 16) {
        v8u a0, a1, b0, b1, m0, m1;
        memcpy(&a0, a + p0, 32);
        memcpy(&a1, a + p0 + 8, 32);
        memcpy(&b0, b + p0, 32);
        memcpy(&b1, b + p0 + 8, 32);
        m0 = m1 = (v8u){0} - 1;
        for (Py_ssize_t j = lo; j < hi; j++) {
            const uint32_t v = sub[j];
            const v8u x0 = v * a0 + b0, x1 = v * a1 + b1;
            const v8u l0 = (v8u)(x0 < m0), l1 = (v8u)(x1 < m1);
            m0 = (x0 & l0) | (m0 & ~l0);
            m1 = (x1 & l1) | (m1 & ~l1);
        }
        memcpy(row + p0, &m0, 32);
        memcpy(row + p0 + 8, &m1, 32);
    }
#endif
    for (Py_ssize_t p = p0; p < P; p++) {
        uint32_t m = UINT32_MAX;
        for (Py_ssize_t j = lo; j < hi; j++) {
            const uint32_t x = sub[j] * a[p] + b[p];
            m = x < m ? x : m;
        }
        row[p] = m;
    }
}

/* x % mod == 0, by a mask when mod is a power of two (mask = mod - 1; else mask = 0: a division) */
static inline int multiple(uint32_t x, uint32_t mod, uint32_t mask) { return mask || mod == 1 ? (x & mask) == 0 : x % mod == 0; }

static inline uint32_t pow2_mask(Py_ssize_t mod) { return mod > 0 && (mod & (mod - 1)) == 0 ? (uint32_t)(mod - 1) : 0; }

typedef struct {
    /* inputs */
    const uint32_t *cps;
    Py_ssize_t ncps;
    const int64_t *starts, *ends, *ntok;
    Py_ssize_t ntokens, ntexts;
    const uint32_t *a, *b;
    Py_ssize_t num_perm;
    Py_ssize_t shingle, minhash_mod, window, window_bands, bands, rows, anchor_mod, fine_mod, sample_mod, full_max;
    uint32_t ev_mask;
    /* outputs */
    buf_t counts, bkeys, wkeys, ev, pos;
} job_t;

/* keys of `nb` bands of `rows` values of sig, appended to out (uint64, 62 bits) */
static inline void band_keys(const uint32_t *sig, Py_ssize_t nb, Py_ssize_t rows, uint64_t *out) {
    for (Py_ssize_t bd = 0; bd < nb; bd++) {
        const uint32_t *m = sig + bd * rows;
        uint64_t acc = (uint64_t)(bd + 1) * BAND_MUL * ROW_MUL + (uint64_t)m[0];
        for (Py_ssize_t r = 1; r < rows; r++) acc = acc * ROW_MUL + (uint64_t)m[r];
        out[bd] = fmix64(acc) & KEY_MASK;
    }
}

/* returns 0, -1 when out of memory, -2 when the buffers changed since they were checked */
static int run(job_t *J) {
    const Py_ssize_t P = J->num_perm, k0 = J->shingle, mod = J->minhash_mod;
    const Py_ssize_t win = J->window / mod, half = win / 2;
    const Py_ssize_t wp = J->window_bands * J->rows;
    const uint32_t mod_mask = pow2_mask(mod);
    int rc = -1;
    uint64_t *th = NULL, *keys = NULL, *bk = NULL;
    uint32_t *sh = NULL, *sub = NULL, *segs = NULL, *sig = NULL, *wmin = NULL;
    size_t th_cap = 0, seg_cap = 0, key_cap = 0;
    Py_ssize_t t = 0; /* first token of the current text */

    sig = malloc(sizeof(uint32_t) * (size_t)(P > 0 ? P : 1));
    wmin = malloc(sizeof(uint32_t) * (size_t)(wp > 0 ? wp : 1));
    bk = malloc(sizeof(uint64_t) * (size_t)(J->bands > 0 ? J->bands : 1));
    if (!sig || !wmin || !bk) goto done;

    for (Py_ssize_t i = 0; i < J->ntexts; i++) {
        const Py_ssize_t nt = (Py_ssize_t)J->ntok[i];
        int64_t length = 0;
        if (nt < 0 || nt > J->ntokens - t) { /* (checked before; read again here: the GIL is released) */
            rc = -2;
            goto done;
        }
        /* token hashes: polynomial of the code points + 1 (base B_POLY), + the token's length, fmix64 */
        if ((size_t)nt > th_cap) {
            size_t cap = (size_t)nt > 2 * th_cap ? (size_t)nt : 2 * th_cap; /* (one long text: its size) */
            uint64_t *t2 = realloc(th, cap * sizeof(uint64_t));
            if (!t2) goto done;
            th = t2;
            uint32_t *s2 = realloc(sh, cap * sizeof(uint32_t));
            if (!s2) goto done;
            sh = s2;
            uint32_t *u2 = realloc(sub, cap * sizeof(uint32_t));
            if (!u2) goto done;
            sub = u2;
            th_cap = cap;
        }
        for (Py_ssize_t j = 0; j < nt; j++) {
            const int64_t s = J->starts[t + j], e = J->ends[t + j];
            if (s < 0 || s > e || e > J->ncps) {
                rc = -2;
                goto done;
            }
            uint64_t h = 0;
            for (int64_t c = e - 1; c >= s; c--) h = h * B_POLY + ((uint64_t)J->cps[c] + 1);
            h += (uint64_t)(e - s);
            th[j] = fmix64(h);
            length += e - s;
        }
        t += nt;
        /* shingles: k tokens (all of them when fewer) */
        const Py_ssize_t k = nt < k0 ? nt : k0;
        const Py_ssize_t m = nt > 0 ? nt - k + 1 : 0;
        for (Py_ssize_t j = 0; j < m; j++) {
            uint64_t acc = th[j];
            for (Py_ssize_t q = 1; q < k; q++) acc = acc * SHINGLE_MUL + th[j + q];
            acc += (uint64_t)k;
            sh[j] = (uint32_t)(fmix64(acc) >> 32);
        }
        /* MinHash sample, segments */
        Py_ssize_t nsub = 0;
        for (Py_ssize_t j = 0; j < m; j++) { /* (branch free: the sample is half of them, at random) */
            sub[nsub] = fmix32(sh[j]);
            nsub += multiple(sh[j], (uint32_t)mod, mod_mask);
        }
        const int windowed = nsub > win && win > 0 && half > 0;
        const Py_ssize_t nseg = windowed ? (nsub + half - 1) / half : (nsub > 0 ? 1 : 0);
        const Py_ssize_t seglen = windowed ? half : nsub;
        Py_ssize_t nw = 0, nbk = 0;
        int64_t *counts;
        if (nseg) {
            if ((size_t)nseg * (size_t)P > seg_cap) {
                size_t cap = (size_t)nseg * (size_t)P > 2 * seg_cap ? (size_t)nseg * (size_t)P : 2 * seg_cap;
                uint32_t *s2 = realloc(segs, cap * sizeof(uint32_t));
                if (!s2) goto done;
                segs = s2;
                seg_cap = cap;
            }
            for (Py_ssize_t g = 0; g < nseg; g++) {
                const Py_ssize_t lo = g * seglen, hi = lo + seglen < nsub ? lo + seglen : nsub;
                segment_min(segs + (size_t)g * (size_t)P, sub, lo, hi, J->a, J->b, P);
            }
            memcpy(sig, segs, sizeof(uint32_t) * (size_t)P);
            for (Py_ssize_t g = 1; g < nseg; g++) {
                const uint32_t *row = segs + (size_t)g * (size_t)P;
                for (Py_ssize_t p = 0; p < P; p++) sig[p] = row[p] < sig[p] ? row[p] : sig[p];
            }
            nbk = J->bands;
            if (buf_reserve(&J->bkeys, sizeof(uint64_t) * (size_t)nbk)) goto done;
            band_keys(sig, nbk, J->rows, bk);
            memcpy(J->bkeys.data + J->bkeys.len, bk, sizeof(uint64_t) * (size_t)nbk);
            J->bkeys.len += sizeof(uint64_t) * (size_t)nbk;

            /* window, anchor-pair and fine keys */
            const int small = m <= J->full_max;
            size_t need = (size_t)(nseg > 1 ? nseg - 1 : 0) * (size_t)J->window_bands + 1; /* keys, at most */
            for (int pass = 0; pass < 2; pass++) {
                const Py_ssize_t am = pass == 0 ? J->anchor_mod : J->fine_mod;
                if (!am || (pass == 1 && !small)) continue;
                const uint32_t amask = pow2_mask(am);
                for (Py_ssize_t j = 0; j < m; j++) need += multiple(sh[j], (uint32_t)am, amask);
            }
            if (need > key_cap) {
                size_t cap = need > 2 * key_cap ? need : 2 * key_cap;
                uint64_t *k2 = realloc(keys, cap * 2 * sizeof(uint64_t)); /* (half of it: the sort's scratch) */
                if (!k2) goto done;
                keys = k2;
                key_cap = cap;
            }
            size_t nk = 0;
            for (Py_ssize_t g = 0; g + 1 < nseg; g++) {
                const uint32_t *r0 = segs + (size_t)g * (size_t)P, *r1 = r0 + P;
                for (Py_ssize_t p = 0; p < wp; p++) wmin[p] = r1[p] < r0[p] ? r1[p] : r0[p];
                band_keys(wmin, J->window_bands, J->rows, keys + nk);
                nk += (size_t)J->window_bands;
            }
            for (int pass = 0; pass < 2; pass++) {
                const Py_ssize_t am = pass == 0 ? J->anchor_mod : J->fine_mod;
                const uint64_t mark = pass == 0 ? ANCHOR_BIT : (ANCHOR_BIT | FINE_BIT);
                if (!am || (pass == 1 && !small)) continue;
                int have = 0;
                uint64_t prev = 0;
                const uint32_t amask = pow2_mask(am);
                for (Py_ssize_t j = 0; j < m; j++) {
                    if (!multiple(sh[j], (uint32_t)am, amask)) continue;
                    if (have) {
                        uint64_t acc = prev * ANCHOR_MUL + (uint64_t)sh[j] + ANCHOR_SEED;
                        keys[nk++] = (fmix64(acc) & PAIR_MASK) | mark;
                    }
                    prev = sh[j];
                    have = 1;
                }
            }
            sort_u64(keys, nk, keys + key_cap);
            sort_u64(bk, (size_t)nbk, keys + key_cap);
            if (buf_reserve(&J->wkeys, sizeof(uint64_t) * nk)) goto done;
            uint64_t *out = (uint64_t *)(J->wkeys.data + J->wkeys.len);
            Py_ssize_t at = 0; /* (both sorted: one merge walk drops the band keys) */
            for (size_t q = 0; q < nk; q++) {
                const uint64_t x = keys[q];
                if (q && x == keys[q - 1]) continue;
                while (at < nbk && bk[at] < x) at++;
                if (at < nbk && bk[at] == x) continue;
                out[nw++] = x;
            }
            J->wkeys.len += sizeof(uint64_t) * (size_t)nw;
        }
        /* evidence: every shingle of a short text, else the mod-sample_mod sample */
        Py_ssize_t ne = 0;
        if (buf_reserve(&J->ev, sizeof(uint32_t) * (size_t)m) || buf_reserve(&J->pos, sizeof(uint32_t) * (size_t)m))
            goto done;
        {
            uint32_t *ev = (uint32_t *)(J->ev.data + J->ev.len), *pos = (uint32_t *)(J->pos.data + J->pos.len);
            const int full = m <= J->full_max;
            const uint32_t smod = (uint32_t)J->sample_mod, smask = pow2_mask(J->sample_mod);
            for (Py_ssize_t j = 0; j < m; j++) { /* (branch free) */
                ev[ne] = sh[j] & J->ev_mask;
                pos[ne] = (uint32_t)j;
                ne += full || multiple(sh[j], smod, smask);
            }
            J->ev.len += sizeof(uint32_t) * (size_t)ne;
            J->pos.len += sizeof(uint32_t) * (size_t)ne;
        }
        if (buf_reserve(&J->counts, sizeof(int64_t) * 5)) goto done;
        counts = (int64_t *)(J->counts.data + J->counts.len);
        counts[0] = length;
        counts[1] = m;
        counts[2] = nbk;
        counts[3] = nw;
        counts[4] = ne;
        J->counts.len += sizeof(int64_t) * 5;
    }
    rc = 0;
done:
    free(th);
    free(sh);
    free(sub);
    free(segs);
    free(sig);
    free(wmin);
    free(bk);
    free(keys);
    return rc;
}

static PyObject *to_bytearray(buf_t *b) {
    return PyByteArray_FromStringAndSize(b->data ? b->data : "", (Py_ssize_t)b->len);
}

/* tail(cps, starts, ends, ntok, a, b, shingle, minhash_mod, window, window_bands, bands, rows, anchor_mod, fine_mod,
        sample_mod, full_max, ev_mask) -> (counts, band_keys, window_keys, evidence, positions)
   cps uint32; starts/ends (the tokens, in text order) and ntok (tokens per text) int64; a/b the permutations (uint32,
   num_perm each). counts: int64 rows (length, n_shingles, band keys, window keys, evidence values) per text; keys
   int64; evidence and positions uint32. */
static PyObject *tail(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vc = {0}, vs = {0}, ve = {0}, vn = {0}, va = {0}, vb = {0};
    job_t J;
    memset(&J, 0, sizeof J);
    unsigned long long ev_mask;
    PyObject *result = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*nnnnnnnnnnK", &vc, &vs, &ve, &vn, &va, &vb, &J.shingle,
                          &J.minhash_mod, &J.window, &J.window_bands, &J.bands, &J.rows, &J.anchor_mod, &J.fine_mod,
                          &J.sample_mod, &J.full_max, &ev_mask))
        return NULL;
    if (vc.len % 4 || vs.len % 8 || ve.len % 8 || vn.len % 8 || va.len % 4 || vb.len % 4 || va.len != vb.len ||
        vs.len != ve.len) {
        PyErr_SetString(PyExc_ValueError, "tail: buffer sizes do not fit their item types");
        goto out;
    }
    J.cps = vc.buf;
    J.ncps = vc.len / 4;
    J.starts = vs.buf;
    J.ends = ve.buf;
    J.ntokens = vs.len / 8;
    J.ntok = vn.buf;
    J.ntexts = vn.len / 8;
    J.a = va.buf;
    J.b = vb.buf;
    J.num_perm = va.len / 4;
    J.ev_mask = (uint32_t)ev_mask;
    if (J.shingle < 1 || J.minhash_mod < 1 || J.sample_mod < 1 || J.rows < 1 || J.bands < 0 || J.window < 0 ||
        J.window_bands < 0 || J.anchor_mod < 0 || J.fine_mod < 0 || J.num_perm < 1 || J.rows > J.num_perm ||
        J.bands > J.num_perm / J.rows || (J.window && J.window_bands > J.num_perm / J.rows) ||
        J.minhash_mod > UINT32_MAX || J.sample_mod > UINT32_MAX || J.anchor_mod > UINT32_MAX ||
        J.fine_mod > UINT32_MAX || ev_mask > UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "tail: parameters out of range");
        goto out;
    }
    if (!J.window) J.window_bands = 0; /* (no windows: no window keys) */
    {   /* every text's tokens, and every token a span of cps */
        Py_ssize_t total = 0;
        for (Py_ssize_t i = 0; i < J.ntexts; i++) {
            if (J.ntok[i] < 0 || J.ntok[i] > J.ntokens - total) {
                PyErr_SetString(PyExc_ValueError, "tail: token counts do not add up");
                goto out;
            }
            total += (Py_ssize_t)J.ntok[i];
        }
        if (total != J.ntokens) {
            PyErr_SetString(PyExc_ValueError, "tail: token counts do not add up");
            goto out;
        }
        for (Py_ssize_t j = 0; j < J.ntokens; j++) {
            if (J.starts[j] < 0 || J.starts[j] > J.ends[j] || J.ends[j] > J.ncps) {
                PyErr_SetString(PyExc_ValueError, "tail: a token outside the code points");
                goto out;
            }
        }
    }
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = run(&J);
    Py_END_ALLOW_THREADS
    if (rc) {
        if (rc == -2)
            PyErr_SetString(PyExc_ValueError, "tail: the buffers changed while in use");
        else
            PyErr_NoMemory();
        goto out;
    }
    {
        PyObject *c = to_bytearray(&J.counts), *bk = to_bytearray(&J.bkeys), *wk = to_bytearray(&J.wkeys),
                 *ev = to_bytearray(&J.ev), *pos = to_bytearray(&J.pos);
        if (c && bk && wk && ev && pos) result = PyTuple_Pack(5, c, bk, wk, ev, pos);
        Py_XDECREF(c);
        Py_XDECREF(bk);
        Py_XDECREF(wk);
        Py_XDECREF(ev);
        Py_XDECREF(pos);
    }
out:
    free(J.counts.data);
    free(J.bkeys.data);
    free(J.wkeys.data);
    free(J.ev.data);
    free(J.pos.data);
    PyBuffer_Release(&vc);
    PyBuffer_Release(&vs);
    PyBuffer_Release(&ve);
    PyBuffer_Release(&vn);
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    return result;
}

/* lengths(seq) -> bytearray of int64: len() of every item of a list or tuple (what np.fromiter(map(len, seq)) gives,
   without a Python int per item) */
static PyObject *lengths(PyObject *self, PyObject *arg) {
    (void)self;
    PyObject *seq = PySequence_Fast(arg, "lengths: a list or tuple");
    if (!seq) return NULL;
    const Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject *out = PyByteArray_FromStringAndSize(NULL, n * (Py_ssize_t)sizeof(int64_t));
    if (!out) {
        Py_DECREF(seq);
        return NULL;
    }
    int64_t *v = (int64_t *)PyByteArray_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = items[i];
        Py_ssize_t len = PyUnicode_Check(x) ? PyUnicode_GET_LENGTH(x) : PyObject_Length(x);
        if (len < 0) {
            Py_DECREF(seq);
            Py_DECREF(out);
            return NULL;
        }
        v[i] = len;
    }
    Py_DECREF(seq);
    return out;
}

static inline int is_cjk(uint32_t c) { return c - 0x3400U < 0x9FFFU - 0x3400U + 1U; }

/* bounds(cps, first, lens, segmented, tl, per) -> (starts, ends, ntok) as int64 bytearrays, or None when a segmented
   text has an empty token (the numpy path handles that).

   The tokens of a batch of folded texts (text i: cps[first[i] : first[i] + lens[i]]): runs of non-spaces of a text
   whose segmented[i] is 0; the segmenter's tokens of the others (their lengths tl, per[j] of them for the j-th
   segmented text, covering it exactly), spaces dropped; then neighbouring tokens that touch and whose first and last
   characters are all not CJK ideographs joined (tokens.join_plain); and the tokens per text. What
   signature._batch_tokens computes with numpy. */
static PyObject *bounds(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vc = {0}, vf = {0}, vl = {0}, vg = {0}, vt = {0}, vp = {0};
    PyObject *result = NULL;
    int64_t *st = NULL, *en = NULL, *nt = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*", &vc, &vf, &vl, &vg, &vt, &vp)) return NULL;
    const uint32_t *cps = vc.buf;
    const int64_t *first = vf.buf, *lens = vl.buf, *tl = vt.buf, *per = vp.buf;
    const uint8_t *seg = vg.buf;
    const Py_ssize_t size = vc.len / 4, n = vf.len / 8, ntl = vt.len / 8, nper = vp.len / 8;
    if (vc.len % 4 || vf.len % 8 || vl.len != vf.len || vg.len != n || vt.len % 8 || vp.len % 8) {
        PyErr_SetString(PyExc_ValueError, "bounds: buffer sizes do not fit their item types");
        goto out;
    }
    {   /* validate: texts inside cps, in order; segmenter tokens add up to each segmented text */
        Py_ssize_t j = 0, t = 0, prev_end = 0;
        int empty = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            if (first[i] < prev_end || lens[i] < 0 || lens[i] > size - first[i]) {
                PyErr_SetString(PyExc_ValueError, "bounds: a text outside the code points");
                goto out;
            }
            prev_end = first[i] + lens[i];
            if (!seg[i]) continue;
            if (j >= nper || per[j] < 0 || per[j] > ntl - t) {
                PyErr_SetString(PyExc_ValueError, "bounds: token counts do not add up");
                goto out;
            }
            int64_t sum = 0;
            for (Py_ssize_t q = t; q < t + per[j]; q++) {
                if (tl[q] < 0 || tl[q] > lens[i] - sum) {
                    PyErr_SetString(PyExc_ValueError, "bounds: tokens longer than their text");
                    goto out;
                }
                empty |= tl[q] == 0;
                sum += tl[q];
            }
            if (sum != lens[i]) {
                PyErr_SetString(PyExc_ValueError, "bounds: tokens do not cover their text");
                goto out;
            }
            t += (Py_ssize_t)per[j++];
        }
        if (j != nper || t != ntl) {
            PyErr_SetString(PyExc_ValueError, "bounds: token counts do not add up");
            goto out;
        }
        if (empty) {
            result = Py_NewRef(Py_None);
            goto out;
        }
    }
    /* tokens at most: the segmenter's, and one per two code points of the other texts */
    size_t cap = (size_t)ntl + 1;
    for (Py_ssize_t i = 0; i < n; i++)
        if (!seg[i]) cap += (size_t)(lens[i] + 1) / 2;
    st = malloc(sizeof(int64_t) * cap);
    en = malloc(sizeof(int64_t) * cap);
    nt = malloc(sizeof(int64_t) * (size_t)(n + 1));
    if (!st || !en || !nt) {
        PyErr_NoMemory();
        goto out;
    }
    Py_ssize_t k = 0;
    int changed = 0;
    Py_BEGIN_ALLOW_THREADS
    Py_ssize_t t = 0, j = 0;
    for (Py_ssize_t i = 0; i < n && !changed; i++) {
        const Py_ssize_t k0 = k, lo = (Py_ssize_t)first[i], len = (Py_ssize_t)lens[i];
        const Py_ssize_t hi = lo + len;
        /* (all checked before; read again here: the GIL is released) */
        if (lo < 0 || len < 0 || len > size - lo) {
            changed = 1;
            break;
        }
        if (!seg[i]) {
            Py_ssize_t c = lo;
            while (c < hi) {
                while (c < hi && cps[c] == 32) c++;
                if (c == hi) break;
                if ((size_t)k >= cap) {
                    changed = 1;
                    break;
                }
                st[k] = c;
                while (c < hi && cps[c] != 32) c++;
                en[k++] = c;
            }
        } else {
            Py_ssize_t c = lo;
            const Py_ssize_t m = j < nper ? (Py_ssize_t)per[j++] : -1;
            if (m < 0 || m > ntl - t) {
                changed = 1;
                break;
            }
            for (Py_ssize_t q = 0; q < m; q++) {
                const int64_t len_q = tl[t + q];
                if (len_q < 1 || len_q > hi - c || (size_t)k >= cap) {
                    changed = 1;
                    break;
                }
                const Py_ssize_t e = c + (Py_ssize_t)len_q;
                if (cps[c] != 32) {
                    /* joined to the previous token when both touch and their ends are not CJK */
                    if (k > k0 && en[k - 1] == c && !is_cjk(cps[c]) && !is_cjk(cps[e - 1]) &&
                        !is_cjk(cps[st[k - 1]]) && !is_cjk(cps[c - 1]))
                        en[k - 1] = e;
                    else {
                        st[k] = c;
                        en[k++] = e;
                    }
                }
                c = e;
            }
            t += m;
        }
        nt[i] = k - k0;
    }
    Py_END_ALLOW_THREADS
    if (changed) {
        PyErr_SetString(PyExc_ValueError, "bounds: the buffers changed while in use");
        goto out;
    }
    {
        PyObject *s = PyByteArray_FromStringAndSize((const char *)st, k * 8),
                 *e = PyByteArray_FromStringAndSize((const char *)en, k * 8),
                 *c = PyByteArray_FromStringAndSize((const char *)nt, n * 8);
        if (s && e && c) result = PyTuple_Pack(3, s, e, c);
        Py_XDECREF(s);
        Py_XDECREF(e);
        Py_XDECREF(c);
    }
out:
    free(st);
    free(en);
    free(nt);
    PyBuffer_Release(&vc);
    PyBuffer_Release(&vf);
    PyBuffer_Release(&vl);
    PyBuffer_Release(&vg);
    PyBuffer_Release(&vt);
    PyBuffer_Release(&vp);
    return result;
}

/* code_lines(raw) -> (starts, ends, code, opens, braces, punct) as int64 bytearrays: the lines of the code points
   `raw` (split at line breaks, U+000A; a line's end is its line break or the end) that hold at least one of
   { } ; = < >, each with how many of those it holds, of {, of { and }, and of ASCII punctuation (U+0021-U+007E, not
   a letter or digit). What normalize.blank_code counts with numpy. */
static PyObject *code_lines(PyObject *self, PyObject *arg) {
    (void)self;
    Py_buffer vr = {0};
    PyObject *result = NULL;
    buf_t out[6];
    memset(out, 0, sizeof out);
    if (PyObject_GetBuffer(arg, &vr, PyBUF_C_CONTIGUOUS) < 0) return NULL;
    if (vr.len % 4) {
        PyErr_SetString(PyExc_ValueError, "code_lines: not uint32 code points");
        goto out;
    }
    {
        const uint32_t *raw = vr.buf;
        const Py_ssize_t size = vr.len / 4;
        /* 1: code character, 2: ASCII punctuation, 4: {, 8: } */
        uint8_t cls[128];
        memset(cls, 0, sizeof cls);
        for (int c = 0x21; c < 0x7F; c++)
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) cls[c] = 2;
        cls['{'] |= 1 | 4;
        cls['}'] |= 1 | 8;
        cls[';'] |= 1;
        cls['='] |= 1;
        cls['<'] |= 1;
        cls['>'] |= 1;
        int fail = 0;
        Py_BEGIN_ALLOW_THREADS
        Py_ssize_t start = 0;
        int64_t n = 0, opens = 0, closes = 0, punct = 0;
        for (Py_ssize_t i = 0; i <= size && !fail; i++) {
            const uint32_t c = i < size ? raw[i] : 10;
            if (c == 10) {
                if (n) {
                    const int64_t row[6] = {start, i, n, opens, opens + closes, punct};
                    for (int q = 0; q < 6; q++) {
                        if (buf_reserve(&out[q], sizeof(int64_t))) {
                            fail = 1;
                            break;
                        }
                        memcpy(out[q].data + out[q].len, &row[q], sizeof(int64_t));
                        out[q].len += sizeof(int64_t);
                    }
                }
                start = i + 1;
                n = opens = closes = punct = 0;
            } else if (c < 128) {
                const uint8_t k = cls[c];
                n += k & 1;
                punct += (k >> 1) & 1;
                opens += (k >> 2) & 1;
                closes += (k >> 3) & 1;
            }
        }
        Py_END_ALLOW_THREADS
        if (fail) {
            PyErr_NoMemory();
            goto out;
        }
    }
    {
        PyObject *v[6];
        int ok = 1;
        for (int q = 0; q < 6; q++) {
            v[q] = to_bytearray(&out[q]);
            ok &= v[q] != NULL;
        }
        if (ok) result = PyTuple_Pack(6, v[0], v[1], v[2], v[3], v[4], v[5]);
        for (int q = 0; q < 6; q++) Py_XDECREF(v[q]);
    }
out:
    for (int q = 0; q < 6; q++) free(out[q].data);
    PyBuffer_Release(&vr);
    return result;
}

/* code_blocks(raw, starts, ends, max_lines) -> int64 bytearray of (start, end) pairs: normalize.code_blocks of each
   text raw[starts[i]:ends[i]] (a code point array), positions in raw. A block runs from a line whose last character
   other than white space (str.strip's) is { to the line whose first is } that closes it, nested blocks inside, at
   most max_lines lines apart; a line with a character beyond ASCII forgets the open blocks. */
static PyObject *code_blocks(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vr = {0}, vs = {0}, ve = {0};
    Py_ssize_t max_lines;
    PyObject *result = NULL;
    buf_t out = {0}, opened = {0}; /* opened: (line number, start) pairs */
    if (!PyArg_ParseTuple(args, "y*y*y*n", &vr, &vs, &ve, &max_lines)) return NULL;
    const uint32_t *raw = vr.buf;
    const int64_t *starts = vs.buf, *ends = ve.buf;
    const Py_ssize_t size = vr.len / 4, n = vs.len / 8;
    if (vr.len % 4 || vs.len % 8 || ve.len != vs.len) {
        PyErr_SetString(PyExc_ValueError, "code_blocks: buffer sizes do not fit their item types");
        goto out;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (starts[i] < 0 || starts[i] > ends[i] || ends[i] > size) {
            PyErr_SetString(PyExc_ValueError, "code_blocks: a text outside the code points");
            goto out;
        }
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_ssize_t lo = (Py_ssize_t)starts[i], hi = (Py_ssize_t)ends[i];
        int brace = 0;
        for (Py_ssize_t c = lo; c < hi && !brace; c++) brace = raw[c] == '{';
        if (!brace) continue;
        opened.len = 0;
        Py_ssize_t line_no = 0;
        for (Py_ssize_t at = lo; at <= hi; line_no++) { /* each line [at, e) */
            Py_ssize_t e = at;
            int ascii = 1;
            while (e < hi && raw[e] != 10) {
                ascii &= raw[e] < 128;
                e++;
            }
            Py_ssize_t f = at, l = e; /* stripped: [f, l) */
            while (f < l && Py_UNICODE_ISSPACE(raw[f])) f++;
            while (l > f && Py_UNICODE_ISSPACE(raw[l - 1])) l--;
            int64_t *stack = (int64_t *)opened.data;
            const Py_ssize_t depth = (Py_ssize_t)(opened.len / (2 * sizeof(int64_t)));
            if (!ascii)
                opened.len = 0;
            else if (f < l && raw[f] == '}' && depth) {
                const int64_t n0 = stack[2 * (depth - 1)], start = stack[2 * (depth - 1) + 1];
                opened.len -= 2 * sizeof(int64_t);
                if (depth == 1 && line_no - n0 <= max_lines) {
                    if (buf_reserve(&out, 2 * sizeof(int64_t))) goto nomem;
                    int64_t pair[2] = {start, e};
                    memcpy(out.data + out.len, pair, sizeof pair);
                    out.len += sizeof pair;
                }
            }
            if (f < l && raw[l - 1] == '{') {
                if (buf_reserve(&opened, 2 * sizeof(int64_t))) goto nomem;
                int64_t pair[2] = {line_no, at};
                memcpy(opened.data + opened.len, pair, sizeof pair);
                opened.len += sizeof pair;
            }
            at = e + 1;
        }
    }
    result = to_bytearray(&out);
    goto out;
nomem:
    PyErr_NoMemory();
out:
    free(out.data);
    free(opened.data);
    PyBuffer_Release(&vr);
    PyBuffer_Release(&vs);
    PyBuffer_Release(&ve);
    return result;
}

/* lines_of(cps, raw, first, last) -> (lines, nlines): the lines of the folded texts cps[first[j]:last[j]] (split
   where raw holds a line break; the text's last line ends at last[j]) as str, all texts' in order, and how many each
   text has (at least one) as an int64 bytearray. What signature._cut_lengths builds with numpy and str.split. */
static PyObject *lines_of(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vc = {0}, vr = {0}, vf = {0}, vl = {0};
    PyObject *result = NULL, *lines = NULL, *counts = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*y*", &vc, &vr, &vf, &vl)) return NULL;
    const uint32_t *cps = vc.buf, *raw = vr.buf;
    const int64_t *first = vf.buf, *last = vl.buf;
    const Py_ssize_t size = vc.len / 4, n = vf.len / 8;
    if (vc.len % 4 || vr.len != vc.len || vf.len % 8 || vl.len != vf.len) {
        PyErr_SetString(PyExc_ValueError, "lines_of: buffer sizes do not fit their item types");
        goto out;
    }
    for (Py_ssize_t j = 0; j < n; j++) {
        if (first[j] < 0 || first[j] > last[j] || last[j] > size) {
            PyErr_SetString(PyExc_ValueError, "lines_of: a text outside the code points");
            goto out;
        }
    }
    lines = PyList_New(0);
    counts = PyByteArray_FromStringAndSize(NULL, n * 8);
    if (!lines || !counts) goto out;
    for (Py_ssize_t j = 0; j < n; j++) {
        int64_t nl = 0;
        Py_ssize_t at = (Py_ssize_t)first[j];
        const Py_ssize_t hi = (Py_ssize_t)last[j];
        for (;;) {
            Py_ssize_t e = at;
            while (e < hi && raw[e] != 10) e++;
            PyObject *line = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, cps + at, e - at);
            if (!line) goto out;
            int rc = PyList_Append(lines, line);
            Py_DECREF(line);
            if (rc) goto out;
            nl++;
            if (e >= hi) break;
            at = e + 1;
        }
        ((int64_t *)PyByteArray_AS_STRING(counts))[j] = nl;
    }
    result = PyTuple_Pack(2, lines, counts);
out:
    Py_XDECREF(lines);
    Py_XDECREF(counts);
    PyBuffer_Release(&vc);
    PyBuffer_Release(&vr);
    PyBuffer_Release(&vf);
    PyBuffer_Release(&vl);
    return result;
}

/* split_cut(cut, lines) -> (pieces, covers) or None: the segmenter's tokens `cut` of "\n".join(lines) + "\n" as one
   bytes per line (int64 token lengths, then 1: its line break, a token of its own), and whether all tokens together
   are exactly as long as the string; None when a line break is not a token of its own where it stands (the caller
   then cuts line by line). What signature._segment_lines checks with numpy. */
static PyObject *split_cut(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *cut_arg, *lines_arg, *cut = NULL, *lines = NULL, *pieces = NULL, *result = NULL;
    int64_t *tl = NULL;
    if (!PyArg_ParseTuple(args, "OO", &cut_arg, &lines_arg)) return NULL;
    cut = PySequence_Fast(cut_arg, "split_cut: a list of tokens");
    lines = cut ? PySequence_Fast(lines_arg, "split_cut: a list of lines") : NULL;
    if (!lines) goto out;
    const Py_ssize_t nt = PySequence_Fast_GET_SIZE(cut), nl = PySequence_Fast_GET_SIZE(lines);
    PyObject **toks = PySequence_Fast_ITEMS(cut), **ls = PySequence_Fast_ITEMS(lines);
    tl = malloc(sizeof(int64_t) * (size_t)(nt + 1));
    if (!tl) {
        PyErr_NoMemory();
        goto out;
    }
    int64_t total = 0;
    for (Py_ssize_t q = 0; q < nt; q++) {
        Py_ssize_t len = PyUnicode_Check(toks[q]) ? PyUnicode_GET_LENGTH(toks[q]) : PyObject_Length(toks[q]);
        if (len < 0) goto out;
        tl[q] = len;
        total += len;
    }
    pieces = PyList_New(nl);
    if (!pieces) goto out;
    Py_ssize_t q = 0;
    int64_t pos = 0, chars = 0;
    for (Py_ssize_t i = 0; i < nl; i++) {
        const Py_ssize_t ll = PyUnicode_Check(ls[i]) ? PyUnicode_GET_LENGTH(ls[i]) : PyObject_Length(ls[i]);
        if (ll < 0) goto out;
        const int64_t sep = chars + ll; /* where this line's line break stands */
        const Py_ssize_t q0 = q;
        while (q < nt && pos < sep) pos += tl[q++];
        if (pos != sep || q >= nt || tl[q] != 1) { /* a token across the line break, or none of its own */
            result = Py_NewRef(Py_None);
            goto out;
        }
        pos += tl[q++];
        PyObject *b = PyBytes_FromStringAndSize((const char *)(tl + q0), (Py_ssize_t)(q - q0) * 8);
        if (!b) goto out;
        PyList_SET_ITEM(pieces, i, b);
        chars = sep + 1;
    }
    result = Py_BuildValue("(OO)", pieces, total == chars ? Py_True : Py_False);
out:
    free(tl);
    Py_XDECREF(pieces);
    Py_XDECREF(cut);
    Py_XDECREF(lines);
    return result;
}

/* gather(lines, cache, fresh, nlines) -> (tl, per): the pieces (split_cut's bytes) of every line, looked up in
   cache, else in fresh, laid end to end as int64 token lengths, without the line break token that ends each text's
   last line; and the tokens per text (nlines[j] lines each). What signature._cut_lengths and _per_text do. */
static PyObject *gather(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *lines_arg, *cache, *fresh, *lines = NULL, *result = NULL;
    Py_buffer vn = {0};
    buf_t out = {0};
    PyObject *per = NULL;
    if (!PyArg_ParseTuple(args, "OO!O!y*", &lines_arg, &PyDict_Type, &cache, &PyDict_Type, &fresh, &vn)) return NULL;
    lines = PySequence_Fast(lines_arg, "gather: a list of lines");
    if (!lines) goto out;
    if (vn.len % 8) {
        PyErr_SetString(PyExc_ValueError, "gather: nlines is not int64");
        goto out;
    }
    const Py_ssize_t nl = PySequence_Fast_GET_SIZE(lines), n = vn.len / 8;
    PyObject **ls = PySequence_Fast_ITEMS(lines);
    const int64_t *nlines = vn.buf;
    per = PyByteArray_FromStringAndSize(NULL, n * 8);
    if (!per) goto out;
    Py_ssize_t i = 0;
    for (Py_ssize_t j = 0; j < n; j++) {
        if (nlines[j] < 1 || nlines[j] > nl - i) {
            PyErr_SetString(PyExc_ValueError, "gather: line counts do not add up");
            goto out;
        }
        const size_t len0 = out.len;
        for (int64_t k = 0; k < nlines[j]; k++, i++) {
            PyObject *v = PyDict_GetItemWithError(cache, ls[i]);
            if (!v && !PyErr_Occurred()) v = PyDict_GetItemWithError(fresh, ls[i]);
            if (!v) {
                if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, ls[i]);
                goto out;
            }
            if (!PyBytes_Check(v) || PyBytes_GET_SIZE(v) % 8 || PyBytes_GET_SIZE(v) < 8) {
                PyErr_SetString(PyExc_ValueError, "gather: a piece is not int64 token lengths ending in a line break");
                goto out;
            }
            if (buf_reserve(&out, (size_t)PyBytes_GET_SIZE(v))) {
                PyErr_NoMemory();
                goto out;
            }
            memcpy(out.data + out.len, PyBytes_AS_STRING(v), (size_t)PyBytes_GET_SIZE(v));
            out.len += (size_t)PyBytes_GET_SIZE(v);
        }
        out.len -= 8; /* (the line break after the text) */
        ((int64_t *)PyByteArray_AS_STRING(per))[j] = (int64_t)((out.len - len0) / 8);
    }
    if (i != nl) {
        PyErr_SetString(PyExc_ValueError, "gather: line counts do not add up");
        goto out;
    }
    {
        PyObject *tl = to_bytearray(&out);
        if (tl) result = PyTuple_Pack(2, tl, per);
        Py_XDECREF(tl);
    }
out:
    free(out.data);
    Py_XDECREF(per);
    Py_XDECREF(lines);
    PyBuffer_Release(&vn);
    return result;
}

/* line_keys(texts, table, min_chars) -> list of bytes or None: siterepeat.line_keys of each text (one 8-byte key per
   line of text.split("\n"): 48 bits of the span hash of the line lower-cased, without white space and with every run
   of digits one "0", and 16 bits of the line's length, at most 65535; 0 for a line whose folded form is shorter than
   min_chars). `table`: per code point of the Basic Multilingual Plane, its lower case (bits 0-20; str.lower), the
   class of that (bit 24: white space, bit 25: a decimal digit) and bit 31 for a character that lower-cases to
   another length or by context: İ (two characters, done here) and Σ (a text with one is None: the caller's numpy path
   takes it). Astral characters: their simple lower case and classes from Python's own tables. */
static PyObject *line_keys(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *texts_arg, *texts = NULL, *result = NULL;
    Py_buffer vt = {0};
    Py_ssize_t min_chars;
    buf_t out = {0};
    if (!PyArg_ParseTuple(args, "Oy*n", &texts_arg, &vt, &min_chars)) return NULL;
    const uint32_t *table = vt.buf;
    if (vt.len != 4 * 0x10000) {
        PyErr_SetString(PyExc_ValueError, "line_keys: the table holds one uint32 per code point below 0x10000");
        goto out;
    }
    texts = PySequence_Fast(texts_arg, "line_keys: a list of str");
    if (!texts) goto out;
    const Py_ssize_t n = PySequence_Fast_GET_SIZE(texts);
    result = PyList_New(n);
    if (!result) goto out;
    for (Py_ssize_t j = 0; j < n; j++) {
        PyObject *t = PySequence_Fast_GET_ITEM(texts, j);
        if (!PyUnicode_Check(t)) {
            PyErr_SetString(PyExc_TypeError, "line_keys: a list of str");
            Py_CLEAR(result);
            goto out;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(t) < 0) { /* (a no-op, deprecated, from 3.12 on) */
            Py_CLEAR(result);
            goto out;
        }
#endif
        const int kind = PyUnicode_KIND(t);
        const void *data = PyUnicode_DATA(t);
        const Py_ssize_t len = PyUnicode_GET_LENGTH(t);
        out.len = 0;
        int ok = 1;
        uint64_t h = 0, p = 1;
        Py_ssize_t raw = 0, kept = 0;
        int digit_before = 0;
        for (Py_ssize_t i = 0; i <= len; i++) {
            const Py_UCS4 c = i < len ? PyUnicode_READ(kind, data, i) : 10;
            if (c == 10) {
                uint64_t key = 0;
                if (kept >= min_chars) {
                    const uint64_t r = raw < 1 ? 1 : raw > 0xFFFF ? 0xFFFF : (uint64_t)raw;
                    key = ((fmix64(h + (uint64_t)kept) >> 16) << 16) | r;
                }
                if (buf_reserve(&out, 8)) goto fail;
                memcpy(out.data + out.len, &key, 8);
                out.len += 8;
                h = 0, p = 1, raw = kept = 0, digit_before = 0;
                continue;
            }
            raw++;
            uint32_t e;
            if (c < 0x10000) {
                e = table[c];
                if (e >> 31) {
                    if (c != 0x130) {  /* (Σ: by context) */
                        ok = 0;
                        break;
                    }
                    h += (0x69 + 1) * p;  /* İ: "i" and a combining dot above, neither white space nor a digit */
                    p *= B_POLY;
                    h += (0x307 + 1) * p;
                    p *= B_POLY;
                    kept += 2;
                    digit_before = 0;
                    continue;
                }
            } else {  /* astral: the simple lower case (no astral character has another), asked of Python's tables */
                const Py_UCS4 low = Py_UNICODE_TOLOWER(c);
                e = (uint32_t)low | (uint32_t)Py_UNICODE_ISSPACE(low) << 24 | (uint32_t)Py_UNICODE_ISDECIMAL(low) << 25;
            }
            const int digit = (e >> 25) & 1;
            if (!((e >> 24) & 1) && !(digit && digit_before)) {
                const uint64_t cp = digit ? 0x30 : (e & 0x1FFFFF);
                h += (cp + 1) * p;
                p *= B_POLY;
                kept++;
            }
            digit_before = digit;
        }
        PyObject *item;
        if (ok) {
            item = PyBytes_FromStringAndSize(out.data, (Py_ssize_t)out.len);
            if (!item) goto fail;
        } else {
            item = Py_None;
            Py_INCREF(item);
        }
        PyList_SET_ITEM(result, j, item);
    }
    goto out;
fail:
    if (!PyErr_Occurred()) PyErr_NoMemory();
    Py_CLEAR(result);
out:
    free(out.data);
    Py_XDECREF(texts);
    PyBuffer_Release(&vt);
    return result;
}


/* distinct32(values) -> bytearray: the uint32 values sorted ascending, without repeats (verify's sorted_distinct) */
static PyObject *distinct32(PyObject *self, PyObject *arg) {
    (void)self;
    Py_buffer vx = {0};
    PyObject *out = NULL;
    uint32_t *tmp = NULL;
    if (PyObject_GetBuffer(arg, &vx, PyBUF_C_CONTIGUOUS) < 0) return NULL;
    if (vx.len % 4) {
        PyErr_SetString(PyExc_ValueError, "distinct32: not uint32 values");
        goto done;
    }
    const size_t n = (size_t)vx.len / 4;
    out = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)vx.len);
    if (!out) goto done;
    uint32_t *v = (uint32_t *)PyByteArray_AS_STRING(out);
    if (n) memcpy(v, vx.buf, (size_t)vx.len);
    if (n > 48) {
        tmp = malloc(n * sizeof(uint32_t));
        if (!tmp) {
            Py_CLEAR(out);
            PyErr_NoMemory();
            goto done;
        }
    }
    sort_u32(v, n, tmp);
    size_t k = n ? 1 : 0;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[k - 1]) v[k++] = v[i];
    if (PyByteArray_Resize(out, (Py_ssize_t)(k * 4)) < 0) Py_CLEAR(out);
done:
    free(tmp);
    PyBuffer_Release(&vx);
    return out;
}

/* the two uint32 arrays of a call `f(a, b)` (bytes-like, a multiple of 4 bytes each) into `a` and `b`: 0, or -1 with
   an exception set and nothing held */
static int u32_pair(PyObject *args, const char *name, Py_buffer *a, Py_buffer *b) {
    if (!PyArg_ParseTuple(args, "y*y*", a, b)) return -1;
    if (a->len % 4 || b->len % 4) {
        PyErr_Format(PyExc_ValueError, "%s: not uint32 values", name);
        PyBuffer_Release(a);
        PyBuffer_Release(b);
        return -1;
    }
    return 0;
}

/* members32(x, distinct[, lone]) -> bytes: per value of x (uint32), 1 when it is in `distinct` (uint32, ascending,
   without repeats), else 0 (verify._members); with `lone` true, a 1 between two 0s then reads 0 (verify._flags of a
   full evidence: its _LONE_HIT cleared) */
static PyObject *members32(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vx = {0}, vd = {0};
    PyObject *out = NULL;
    int lone = 0;
    if (!PyArg_ParseTuple(args, "y*y*|p", &vx, &vd, &lone)) return NULL;
    if (vx.len % 4 || vd.len % 4) {
        PyErr_SetString(PyExc_ValueError, "members32: not uint32 values");
        goto done;
    }
    const uint32_t *x = vx.buf, *d = vd.buf;
    const Py_ssize_t n = vx.len / 4, m = vd.len / 4;
    out = PyBytes_FromStringAndSize(NULL, n);
    if (!out) goto done;
    char *f = PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        const uint32_t v = x[i];
        Py_ssize_t lo = 0, len = m; /* the first place >= v, branch-free */
        while (len > 1) {
            const Py_ssize_t half = len / 2;
            lo = d[lo + half - 1] < v ? lo + half : lo;
            len -= half;
        }
        if (len == 1 && d[lo] < v) lo++;
        f[i] = (char)(lo < m && d[lo] == v);
    }
    if (lone && n > 2) { /* (each 1 tested against its neighbours as they were: the regex's look-arounds) */
        char prev = f[0];
        for (Py_ssize_t i = 1; i + 1 < n; i++) {
            const char cur = f[i];
            if (cur == 1 && prev == 0 && f[i + 1] == 0) f[i] = 0;
            prev = cur;
        }
    }
done:
    PyBuffer_Release(&vx);
    PyBuffer_Release(&vd);
    return out;
}

/* common32(a, b) -> int: how many values two ascending uint32 arrays without repeats share (a merge) */
static PyObject *common32(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer va = {0}, vb = {0};
    PyObject *out = NULL;
    if (u32_pair(args, "common32", &va, &vb) < 0) return NULL;
    const uint32_t *a = va.buf, *b = vb.buf;
    const Py_ssize_t n = va.len / 4, m = vb.len / 4;
    Py_ssize_t i = 0, j = 0, k = 0;
    while (i < n && j < m) {
        const uint32_t x = a[i], y = b[j];
        k += x == y;
        i += x <= y;
        j += y <= x;
    }
    out = PyLong_FromSsize_t(k);
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    return out;
}

/* The patience loop of increasing_path and in_order_path over sj[0:n]: piles' tops in `tails` (bisect_left), the
   index of each pile's top in `at`, each element's back link (the top of the pile before it when placed, -1) in
   `back`; returns the number of piles (the path's length; the path ends at at[len - 1]). Each array holds n + 1. */
static Py_ssize_t patience(const int64_t *sj, Py_ssize_t n, int64_t *tails, int64_t *at, int64_t *back) {
    Py_ssize_t len = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const int64_t j = sj[i];
        Py_ssize_t k;
        if (!len || j > tails[len - 1]) {
            k = len++;
        } else {
            Py_ssize_t lo = 0, hi = len; /* bisect_left */
            while (lo < hi) {
                const Py_ssize_t mid = lo + (hi - lo) / 2;
                if (tails[mid] < j) lo = mid + 1;
                else hi = mid;
            }
            k = lo;
        }
        tails[k] = j;
        at[k] = i;
        back[i] = k ? at[k - 1] : -1;
    }
    return len;
}

/* increasing_path(seq) -> bytearray: the indices (int64, ascending) of a longest strictly increasing subsequence of
   `seq` (int64), the one patience sorting with binary search (bisect_left) and back links finds, ending at the last
   pile's top: verify._in_order_path's loop */
static PyObject *increasing_path(PyObject *self, PyObject *arg) {
    (void)self;
    Py_buffer vs = {0};
    PyObject *out = NULL;
    int64_t *tails = NULL, *at = NULL, *back = NULL;
    if (PyObject_GetBuffer(arg, &vs, PyBUF_C_CONTIGUOUS) < 0) return NULL;
    if (vs.len % 8) {
        PyErr_SetString(PyExc_ValueError, "increasing_path: not int64 values");
        goto done;
    }
    const int64_t *sj = vs.buf;
    const Py_ssize_t n = vs.len / 8;
    tails = malloc((size_t)(n + 1) * sizeof(int64_t));
    at = malloc((size_t)(n + 1) * sizeof(int64_t));
    back = malloc((size_t)(n + 1) * sizeof(int64_t));
    if (!tails || !at || !back) {
        PyErr_NoMemory();
        goto done;
    }
    const Py_ssize_t len = patience(sj, n, tails, at, back);
    out = PyByteArray_FromStringAndSize(NULL, len * 8);
    if (!out) goto done;
    int64_t *o = (int64_t *)PyByteArray_AS_STRING(out);
    Py_ssize_t w = len;
    for (int64_t i = len ? at[len - 1] : -1; i >= 0; i = back[i]) o[--w] = i;
done:
    free(tails);
    free(at);
    free(back);
    PyBuffer_Release(&vs);
    return out;
}

/* The verifier's own loops (cleaner.dedup.verify), each the same answer as its numpy / Python twin there
   (tests/test_sketch_kernel.py checks them against it). Flags are bytes of 0 and 1, one per hash. */

/* a list of Python ints from `n` int64 values (NULL with an exception set) */
static PyObject *int_list(const int64_t *v, Py_ssize_t n) {
    PyObject *out = PyList_New(n);
    if (!out) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PyLong_FromLongLong((long long)v[i]);
        if (!x) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, x);
    }
    return out;
}

/* in_order_path(a, in_b, b, in_a) -> (list, list, int): verify._in_order_path whole. The pairs (index in a, index in
   b) of the shared hashes (a's hashes flagged in `in_b`, in a's order, each with the places in b flagged in `in_a`
   that hold it, latest first), the longest strictly increasing run of their places in b that increasing_path finds
   (its pairs' indices in a and in b, as lists), and how many of a's flagged hashes b holds at a flagged place. */
static PyObject *in_order_path(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer va = {0}, vfb = {0}, vb = {0}, vfa = {0};
    PyObject *la = NULL, *lb = NULL, *result = NULL;
    uint64_t *keys = NULL;
    int64_t *si = NULL, *sj = NULL, *tails = NULL, *at = NULL, *back = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*y*", &va, &vfb, &vb, &vfa)) return NULL;
    if (va.len % 4 || vb.len % 4 || vfb.len != va.len / 4 || vfa.len != vb.len / 4) {
        PyErr_SetString(PyExc_ValueError, "in_order_path: bad buffers");
        goto done;
    }
    const uint32_t *ha = va.buf, *hb = vb.buf;
    const unsigned char *fb = vfb.buf, *fa = vfa.buf;
    const Py_ssize_t na = va.len / 4, nb = vb.len / 4;
    keys = malloc((size_t)(2 * nb + 1) * sizeof(uint64_t));
    if (!keys) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t m = 0;
    for (Py_ssize_t j = 0; j < nb; j++)
        if (fa[j]) keys[m++] = (uint64_t)hb[j] << 32 | (uint64_t)j;
    sort_u64(keys, (size_t)m, keys + m); /* by hash, then place: numpy's stable argsort */
    Py_ssize_t cap = na + 1, n = 0, shared = 0;
    si = malloc((size_t)cap * sizeof(int64_t));
    sj = malloc((size_t)cap * sizeof(int64_t));
    if (!si || !sj) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < na; i++) {
        if (!fb[i]) continue;
        const uint64_t h = ha[i];
        Py_ssize_t lo = 0, hi = m; /* the first key of hash >= h, then the first of hash > h */
        while (lo < hi) {
            const Py_ssize_t mid = lo + (hi - lo) / 2;
            if (keys[mid] >> 32 < h) lo = mid + 1;
            else hi = mid;
        }
        Py_ssize_t end = lo;
        while (end < m && keys[end] >> 32 == h) end++;
        if (end == lo) continue;
        shared++;
        if (n + (end - lo) > cap) {
            cap = 2 * (n + (end - lo));
            int64_t *x = realloc(si, (size_t)cap * sizeof(int64_t)), *y = x ? realloc(sj, (size_t)cap * sizeof(int64_t)) : NULL;
            if (x) si = x;
            if (y) sj = y;
            if (!x || !y) {
                PyErr_NoMemory();
                goto done;
            }
        }
        for (Py_ssize_t t = end - 1; t >= lo; t--) {
            si[n] = i;
            sj[n++] = (int64_t)(keys[t] & 0xFFFFFFFFULL);
        }
    }
    tails = malloc((size_t)(n + 1) * sizeof(int64_t));
    at = malloc((size_t)(n + 1) * sizeof(int64_t));
    back = malloc((size_t)(n + 1) * sizeof(int64_t));
    if (!tails || !at || !back) {
        PyErr_NoMemory();
        goto done;
    }
    const Py_ssize_t len = patience(sj, n, tails, at, back); /* increasing_path's loop */
    Py_ssize_t w = len; /* the path's pairs, written back to front into tails (a's) and at (b's) */
    for (int64_t i = len ? at[len - 1] : -1; i >= 0; i = back[i]) {
        w--;
        tails[w] = si[i];
        keys[w] = (uint64_t)sj[i];
    }
    for (Py_ssize_t i = 0; i < len; i++) at[i] = (int64_t)keys[i];
    la = int_list(tails, len);
    lb = la ? int_list(at, len) : NULL;
    if (la && lb) result = Py_BuildValue("(OOn)", la, lb, shared);
done:
    free(keys);
    free(si);
    free(sj);
    free(tails);
    free(at);
    free(back);
    Py_XDECREF(la);
    Py_XDECREF(lb);
    PyBuffer_Release(&va);
    PyBuffer_Release(&vfb);
    PyBuffer_Release(&vb);
    PyBuffer_Release(&vfa);
    return result;
}

/* off_path(flags, on) -> list[int]: verify._off_path: the running count of the flags (0 or 1 each) with the places
   `on` (ints) cleared, from 0 before the first place to the total after the last (len(flags) + 1 values) */
static PyObject *off_path(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vf = {0};
    PyObject *on = NULL, *seq = NULL, *result = NULL;
    unsigned char *f = NULL;
    int64_t *run = NULL;
    if (!PyArg_ParseTuple(args, "y*O", &vf, &on)) return NULL;
    const Py_ssize_t n = vf.len;
    f = malloc((size_t)n + 1);
    run = malloc((size_t)(n + 1) * sizeof(int64_t));
    seq = PySequence_Fast(on, "off_path: the places are no sequence");
    if (!f || !run || !seq) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    if (n) memcpy(f, vf.buf, (size_t)n);
    const Py_ssize_t k = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    for (Py_ssize_t i = 0; i < k; i++) {
        Py_ssize_t x = PyLong_AsSsize_t(items[i]);
        if (x == -1 && PyErr_Occurred()) goto done;
        if (x < 0) x += n; /* (numpy's indexing) */
        if (x < 0 || x >= n) {
            PyErr_SetString(PyExc_IndexError, "off_path: a place out of range");
            goto done;
        }
        f[x] = 0;
    }
    int64_t acc = 0;
    run[0] = 0;
    for (Py_ssize_t i = 0; i < n; i++) run[i + 1] = acc += f[i];
    result = int_list(run, n + 1);
done:
    free(f);
    free(run);
    Py_XDECREF(seq);
    PyBuffer_Release(&vf);
    return result;
}

/* the values of `v` (n uint32, sorted in place through tmp) that it holds more than `most` times, appended to out;
   returns how many */
static Py_ssize_t repeated_of(uint32_t *v, Py_ssize_t n, uint32_t *tmp, Py_ssize_t most, uint32_t *out) {
    sort_u32(v, (size_t)n, tmp);
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n;) {
        Py_ssize_t e = i + 1;
        while (e < n && v[e] == v[i]) e++;
        if (e - i > most) out[k++] = v[i];
        i = e;
    }
    return k;
}

/* a set of uint32 values for exact membership tests (common_places: one probe or two a value, where a binary search
   of the repeated grams took eight or nine unpredictable steps): open addressing, linear probing, a slot of 0 is
   empty (the value 0 is kept apart) */
typedef struct {
    uint32_t *slot;
    uint32_t mask;
    int bits, zero;
} u32set;

static inline uint32_t u32set_at(const u32set *s, uint32_t x) { return (uint32_t)((x * 2654435761u) >> (32 - s->bits)); }

/* the set of v[0..n) (repeats allowed) into `room` (at least u32set_slots(n) values); returns the set */
static inline Py_ssize_t u32set_slots(Py_ssize_t n) {
    Py_ssize_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    return cap;
}

static u32set u32set_of(const uint32_t *v, Py_ssize_t n, uint32_t *room) {
    u32set s = {room, 0, 4, 0};
    const Py_ssize_t cap = u32set_slots(n);
    while (((Py_ssize_t)1 << s.bits) < cap) s.bits++;
    s.mask = (uint32_t)cap - 1;
    memset(room, 0, (size_t)cap * sizeof(uint32_t));
    for (Py_ssize_t i = 0; i < n; i++) {
        const uint32_t x = v[i];
        if (!x) {
            s.zero = 1;
            continue;
        }
        uint32_t h = u32set_at(&s, x);
        while (room[h] && room[h] != x) h = (h + 1) & s.mask;
        room[h] = x;
    }
    return s;
}

static inline int u32set_has(const u32set *s, uint32_t x) {
    if (!x) return s->zero;
    uint32_t h = u32set_at(s, x);
    for (;;) {
        const uint32_t y = s->slot[h];
        if (y == x) return 1;
        if (!y) return 0;
        h = (h + 1) & s->mask;
    }
}

/* common_places(a, b, in_b, in_a, most) -> (bytes, bytes, bytes, bytes): verify.chars_deleted's grams of common words:
   per value of a and of b (uint32), 1 when a or b holds that value more than `most` times (_repeated, _neutral), and
   in_b and in_a with those places cleared (_without) */
static PyObject *common_places(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer va = {0}, vb = {0}, vfb = {0}, vfa = {0};
    Py_ssize_t most;
    PyObject *na_ = NULL, *nb_ = NULL, *ob = NULL, *oa = NULL, *result = NULL;
    uint32_t *work = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*y*n", &va, &vb, &vfb, &vfa, &most)) return NULL;
    if (va.len % 4 || vb.len % 4 || vfb.len != va.len / 4 || vfa.len != vb.len / 4) {
        PyErr_SetString(PyExc_ValueError, "common_places: bad buffers");
        goto done;
    }
    const Py_ssize_t n = va.len / 4, m = vb.len / 4, big = n > m ? n : m;
    work = malloc((size_t)(2 * big + n + m + 1 + u32set_slots(n + m)) * sizeof(uint32_t));
    na_ = PyBytes_FromStringAndSize(NULL, n);
    nb_ = PyBytes_FromStringAndSize(NULL, m);
    ob = PyBytes_FromStringAndSize(NULL, n); /* (not from the flags: a bytes object of one byte is a shared one) */
    oa = PyBytes_FromStringAndSize(NULL, m);
    if (!work || !na_ || !nb_ || !ob || !oa) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    if (n) memcpy(PyBytes_AS_STRING(ob), vfb.buf, (size_t)n);
    if (m) memcpy(PyBytes_AS_STRING(oa), vfa.buf, (size_t)m);
    uint32_t *v = work, *tmp = work + big, *rep = work + 2 * big;
    memcpy(v, va.buf, (size_t)n * 4);
    Py_ssize_t r = repeated_of(v, n, tmp, most, rep);
    memcpy(v, vb.buf, (size_t)m * 4);
    r += repeated_of(v, m, tmp, most, rep + r);
    const u32set common = u32set_of(rep, r, rep + n + m + 1); /* (a value repeated in both is there once) */
    const uint32_t *a = va.buf, *b = vb.buf;
    char *xa = PyBytes_AS_STRING(na_), *xb = PyBytes_AS_STRING(nb_), *fb = PyBytes_AS_STRING(ob), *fa = PyBytes_AS_STRING(oa);
    for (Py_ssize_t i = 0; i < n; i++) {
        xa[i] = (char)(r && u32set_has(&common, a[i]));
        if (xa[i]) fb[i] = 0;
    }
    for (Py_ssize_t j = 0; j < m; j++) {
        xb[j] = (char)(r && u32set_has(&common, b[j]));
        if (xb[j]) fa[j] = 0;
    }
    result = PyTuple_Pack(4, na_, nb_, ob, oa);
done:
    free(work);
    Py_XDECREF(na_);
    Py_XDECREF(nb_);
    Py_XDECREF(ob);
    Py_XDECREF(oa);
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    PyBuffer_Release(&vfb);
    PyBuffer_Release(&vfa);
    return result;
}

/* miss_runs(flags) -> (int, int, int): the runs of 0 between the first and the last 1 of flags (verify.scattered's
   runs): how many, the longest and their sum */
static PyObject *miss_runs(PyObject *self, PyObject *arg) {
    (void)self;
    Py_buffer vf = {0};
    if (PyObject_GetBuffer(arg, &vf, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *f = vf.buf;
    Py_ssize_t first = 0, last = vf.len - 1, count = 0, longest = 0, total = 0;
    while (first < vf.len && f[first] != 1) first++;
    while (last > first && f[last] != 1) last--;
    for (Py_ssize_t i = first; i < last;) {
        if (f[i] == 1) {
            i++;
            continue;
        }
        Py_ssize_t e = i;
        while (f[e] != 1) e++; /* (f[last] is 1) */
        count++;
        total += e - i;
        if (e - i > longest) longest = e - i;
        i = e;
    }
    PyBuffer_Release(&vf);
    return Py_BuildValue("(nnn)", count, longest, total);
}

/* The text pass's per-character tests (cleaner.text.textclean, cleaner.document): one loop over a str's code units in
   place of a regex or str method per text or per line. Each has a pure Python twin there (the same answer;
   tests/test_text_kernel.py checks them against it on every code point). */

/* textclean._DIRTY's characters: controls (not \n, \r), zero-width and bidi controls, BOMs, private-use icons and
   planes 15-16, and white space other than a plain space and a line break */
static inline int dirty_cp(Py_UCS4 c) {
    if (c < 0x80) return (c < 0x20 && c != 0x0a && c != 0x0d) || c == 0x7f;
    if (c < 0x1680) return c == 0xa0;
    if (c < 0x2000) return c == 0x1680;
    if (c <= 0x206f)
        return c <= 0x200f || (c >= 0x202a && c <= 0x202f) || (c >= 0x205f && c <= 0x2064) ||
               (c >= 0x2066 && c <= 0x2069);
    if (c == 0x3000 || c == 0xfeff) return 1;
    return (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000;
}

/* dirty_at(text) -> int: the first index of `text` holding one of textclean._DIRTY's characters or starting two
   plain spaces in a row; -1 when there is none (normalize_text then leaves the text as it is) */
static PyObject *dirty_at(PyObject *self, PyObject *arg) {
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "dirty_at: not a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    const int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    Py_ssize_t found = -1;
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *t = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            const Py_UCS1 c = t[i];
            if (c > 0x20 && c != 0x7f && c != 0xa0) continue;
            if (c == 0x20 ? (i + 1 < n && t[i + 1] == 0x20) : dirty_cp(c)) {
                found = i;
                break;
            }
        }
    } else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *t = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            const Py_UCS2 c = t[i];
            /* (printable ASCII; U+3001-DFFF: CJK punctuation, kana, ideographs, Hangul) */
            if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xe000)) continue;
            if (c == 0x20 ? (i + 1 < n && t[i + 1] == 0x20) : dirty_cp(c)) {
                found = i;
                break;
            }
        }
    } else {
        const Py_UCS4 *t = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            const Py_UCS4 c = t[i];
            if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xe000)) continue;
            if (c == 0x20 ? (i + 1 < n && t[i + 1] == 0x20) : dirty_cp(c)) {
                found = i;
                break;
            }
        }
    }
    return PyLong_FromSsize_t(found);
}

/* textclean._INVISIBLE's characters (the _DIRTY ones normalize_text removes): controls (not \t, \n, \v, \f, \r and
   the separators 0x1c-0x1f), zero-width and bidi controls, BOMs, private-use icons and planes 15-16 */
static inline int invisible_cp(Py_UCS4 c) {
    if (c < 0x80) return c <= 0x08 || (c >= 0x0e && c <= 0x1b) || c == 0x7f;
    if (c < 0x200b) return 0;
    if (c <= 0x206f)
        return c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) ||
               (c >= 0x2066 && c <= 0x2069);
    if (c == 0xfeff) return 1;
    return (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000;
}

/* textclean._JOINING: characters between which a zero-width non-joiner or joiner (U+200C, U+200D) is spelling and
   stays (the joining scripts: Arabic, Syriac, Thaana, NKo, the Indic scripts, Myanmar, Khmer, Mongolian, Arabic
   presentation forms; emoji and the emoji presentation selector) */
static inline int joining_cp(Py_UCS4 c) {
    return (c >= 0x0600 && c <= 0x0dff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x18af) ||
           (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) || c == 0xfe0f ||
           (c >= 0x2600 && c <= 0x27bf) || (c >= 0x1f000 && c <= 0x1faff);
}

/* textclean._SPACES's characters: a plain space and textclean._SPACE (white space normalize_text folds) */
static inline int fold_space_cp(Py_UCS4 c) {
    if (c < 0x80) return c == 0x20 || c == 0x09 || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1f);
    if (c < 0x1680) return c == 0xa0;
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* squeeze_from(text, head) -> str: text[:head] + _SPACES.sub(" ", _INVISIBLE.sub("", text[head:])) (textclean's
   normalize_text from its first dirty character on): the invisible characters out (a joiner between two joining
   characters of text[head:] stays), then each run of white space
   one plain space; one loop in place of two regex passes and the slices */
static PyObject *squeeze_from(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    Py_ssize_t head;
    if (!PyArg_ParseTuple(args, "Un:squeeze_from", &text, &head)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (head < 0 || head > n) {
        PyErr_SetString(PyExc_ValueError, "squeeze_from: head out of range");
        return NULL;
    }
    void *buf = PyMem_Malloc((size_t)(n > 0 ? n : 1) * (size_t)kind);
    if (!buf) return PyErr_NoMemory();
    memcpy(buf, data, (size_t)head * (size_t)kind);
    Py_ssize_t k = head;
#define SQUEEZE_LOOP(T)                                                                            \
    do {                                                                                           \
        const T *t = data;                                                                         \
        T *o = buf;                                                                                \
        int in_run = 0;                                                                            \
        for (Py_ssize_t i = head; i < n; i++) {                                                    \
            const Py_UCS4 c = t[i];                                                                \
            if (c > 0x20 && c < 0x7f) { /* (printable ASCII) */                                    \
                o[k++] = (T)c;                                                                     \
                in_run = 0;                                                                        \
            } else if (fold_space_cp(c)) {                                                         \
                if (!in_run) o[k++] = 0x20;                                                        \
                in_run = 1;                                                                        \
            } else if (!invisible_cp(c) ||                                                         \
                       ((c == 0x200c || c == 0x200d) && i > head && i + 1 < n && joining_cp(t[i - 1]) &&   \
                        joining_cp(t[i + 1]))) {                                                   \
                o[k++] = (T)c;                                                                     \
                in_run = 0;                                                                        \
            }                                                                                      \
        }                                                                                          \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) SQUEEZE_LOOP(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) SQUEEZE_LOOP(Py_UCS2);
    else SQUEEZE_LOOP(Py_UCS4);
#undef SQUEEZE_LOOP
    /* (from the same kind: Python finds the narrowest one, so the string is in its canonical form) */
    PyObject *out = PyUnicode_FromKindAndData(kind, buf, k);
    PyMem_Free(buf);
    return out;
}

/* count_marked(text, bits, need) -> int: how many characters of `text` are marked in the bit set `bits` (code point
   c: bit c & 7 of byte c >> 3; those past its end are not), counted up to `need` (the search stops there):
   scriptfold._census's test of a page for Traditional characters, in place of a regex of a class of thousands */
static PyObject *count_marked(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    Py_buffer vb = {0};
    Py_ssize_t need;
    if (!PyArg_ParseTuple(args, "Uy*n:count_marked", &text, &vb, &need)) return NULL;
    if (PyUnicode_READY(text) < 0) {
        PyBuffer_Release(&vb);
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const unsigned char *bits = vb.buf;
    const Py_UCS4 limit = (Py_UCS4)(vb.len > 0x22000 ? 0x110000 : vb.len * 8);
    Py_ssize_t found = 0;
#define MARK_LOOP(T)                                                                               \
    do {                                                                                           \
        const T *t = data;                                                                         \
        for (Py_ssize_t i = 0; i < n && found < need; i++) {                                       \
            const Py_UCS4 c = t[i];                                                                \
            found += c < limit && ((bits[c >> 3] >> (c & 7)) & 1);                                 \
        }                                                                                          \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) MARK_LOOP(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) MARK_LOOP(Py_UCS2);
    else MARK_LOOP(Py_UCS4);
#undef MARK_LOOP
    PyBuffer_Release(&vb);
    return PyLong_FromSsize_t(found);
}

/* glue_lines(text) -> bytes: per line of `text` (split at \n, as str.split("\n")), 1 when it holds one of
   textclean._GLUE's characters ("_", "|", "｜", "-", "—"), else 0 */
static PyObject *glue_lines(PyObject *self, PyObject *arg) {
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "glue_lines: not a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    const int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    Py_ssize_t lines = 1;
#define COUNT_LOOP(T)                                                                              \
    do {                                                                                           \
        const T *t = data;                                                                         \
        for (Py_ssize_t i = 0; i < n; i++) lines += t[i] == 0x0a;                                  \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) COUNT_LOOP(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) COUNT_LOOP(Py_UCS2);
    else COUNT_LOOP(Py_UCS4);
#undef COUNT_LOOP
    PyObject *out = PyBytes_FromStringAndSize(NULL, lines);
    if (!out) return NULL;
    char *flag = PyBytes_AS_STRING(out);
    memset(flag, 0, (size_t)lines);
    Py_ssize_t line = 0;
#define GLUE_LOOP(T)                                                                               \
    do {                                                                                           \
        const T *t = data;                                                                         \
        for (Py_ssize_t i = 0; i < n; i++) {                                                       \
            const Py_UCS4 c = t[i];                                                                \
            if (c > 0x7c && c < 0x2014) continue; /* (most letters) */                           \
            if (c == 0x0a) line++;                                                                 \
            else if (c == 0x5f || c == 0x7c || c == 0x2d || c == 0xff5c || c == 0x2014) flag[line] = 1; \
        }                                                                                          \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) GLUE_LOOP(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) GLUE_LOOP(Py_UCS2);
    else GLUE_LOOP(Py_UCS4);
#undef GLUE_LOOP
    return out;
}

/* str.isspace's characters other than a plain space and a line break (document._OTHER_SPACE) */
static inline int other_space_cp(Py_UCS4 c) {
    if (c < 0x80) return c == 0x09 || c == 0x0b || c == 0x0c || c == 0x0d || (c >= 0x1c && c <= 0x1f);
    if (c < 0x1680) return c == 0x85 || c == 0xa0;
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
           c == 0x205f || c == 0x3000;
}

/* spaces_plain(text) -> bool: is " ".join(text.split()) the text with its line breaks made spaces? (No white space
   at either end, none but a plain space or a line break, never two of those in a row: document.fold_spaces) */
static PyObject *spaces_plain(PyObject *self, PyObject *arg) {
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "spaces_plain: not a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    const int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    int prev = 1; /* (the start counts as white space: a text starting with some is not plain) */
#define PLAIN_LOOP(T)                                                                              \
    do {                                                                                           \
        const T *t = data;                                                                         \
        for (Py_ssize_t i = 0; i < n; i++) {                                                       \
            const Py_UCS4 c = t[i];                                                                \
            if ((c > 0x20 && c < 0x85) || (c > 0x3000 && c < 0xe000)) {                          \
                prev = 0;                                                                          \
                continue;                                                                          \
            }                                                                                      \
            if (c == 0x20 || c == 0x0a) {                                                          \
                if (prev) Py_RETURN_FALSE;                                                         \
                prev = 1;                                                                          \
                continue;                                                                          \
            }                                                                                      \
            if (other_space_cp(c)) Py_RETURN_FALSE;                                                \
            prev = 0;                                                                              \
        }                                                                                          \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) PLAIN_LOOP(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) PLAIN_LOOP(Py_UCS2);
    else PLAIN_LOOP(Py_UCS4);
#undef PLAIN_LOOP
    if (n && prev) Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}

/* fold_text(text, table) -> (raw, folded, astral): the code points of `text` (lone surrogates as they are: what
   text.encode("utf-32-le", "surrogatepass") gives) as uint32, each of those of the BMP mapped by `table` (uint32,
   0x10000 entries: normalize.fold_table) and those beyond it kept (the caller folds them: astral says whether there
   are any); normalize.code_points and fold_code_points in one loop */
static PyObject *fold_text(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    Py_buffer vt = {0};
    PyObject *raw = NULL, *folded = NULL, *out = NULL;
    if (!PyArg_ParseTuple(args, "Uy*", &text, &vt)) return NULL;
    if (vt.len != 0x10000 * 4) {
        PyErr_SetString(PyExc_ValueError, "fold_text: not a table of 0x10000 uint32");
        goto done;
    }
    if (PyUnicode_READY(text) < 0) goto done;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    raw = PyByteArray_FromStringAndSize(NULL, n * 4);
    folded = PyByteArray_FromStringAndSize(NULL, n * 4);
    if (!raw || !folded) goto done;
    const uint32_t *table = vt.buf;
    uint32_t *r = (uint32_t *)PyByteArray_AS_STRING(raw), *f = (uint32_t *)PyByteArray_AS_STRING(folded);
    int astral = 0;
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *t = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            r[i] = t[i];
            f[i] = table[t[i]];
        }
    } else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *t = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            r[i] = t[i];
            f[i] = table[t[i]];
        }
    } else {
        const Py_UCS4 *t = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            const uint32_t c = t[i];
            r[i] = c;
            if (c < 0x10000) f[i] = table[c];
            else {
                f[i] = c;
                astral = 1;
            }
        }
    }
    out = Py_BuildValue("(OON)", raw, folded, PyBool_FromLong(astral));
done:
    Py_XDECREF(raw);
    Py_XDECREF(folded);
    PyBuffer_Release(&vt);
    return out;
}

/* cjk_texts(cps, first, last) -> bytes: per text cps[first[i]:last[i]] (uint32; int64 bounds), 1 when it holds a
   code point of U+3400-9FFF (a CJK ideograph once folded), else 0 */
static PyObject *cjk_texts(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vc = {0}, vf = {0}, vl = {0};
    PyObject *out = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*", &vc, &vf, &vl)) return NULL;
    if (vc.len % 4 || vf.len % 8 || vf.len != vl.len) {
        PyErr_SetString(PyExc_ValueError, "cjk_texts: bad buffers");
        goto done;
    }
    const uint32_t *c = vc.buf;
    const int64_t *first = vf.buf, *last = vl.buf;
    const Py_ssize_t size = vc.len / 4, n = vf.len / 8;
    for (Py_ssize_t i = 0; i < n; i++)
        if (first[i] < 0 || last[i] < first[i] || last[i] > size) {
            PyErr_SetString(PyExc_ValueError, "cjk_texts: bounds out of range");
            goto done;
        }
    out = PyBytes_FromStringAndSize(NULL, n);
    if (!out) goto done;
    char *flag = PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        char any = 0;
        for (int64_t k = first[i]; k < last[i]; k++)
            if (c[k] - 0x3400u <= 0x9FFFu - 0x3400u) {
                any = 1;
                break;
            }
        flag[i] = any;
    }
done:
    PyBuffer_Release(&vc);
    PyBuffer_Release(&vf);
    PyBuffer_Release(&vl);
    return out;
}

/* char_evidence(cps, first, last, full, mod, mask) -> (values, positions, kept, grams, letters): signature.char_grams
   and char_evidence in one loop per text. Over text i's letters and digits (its code points cps[first[i]:last[i]] but
   spaces, 32), a gram at each letter of 2 (a CJK ideograph) or 4 letters (any other), none reaching past the text's
   end: h = l0 * M0 + l1 * M1 (+ l2 * M2 + l3 * M3), its 32-bit hash fmix32(low ^ high); all of a text's grams when it
   has at most `full`, else those whose hash is a multiple of `mod`; kept values cut by `mask` (uint32), their indices
   among the text's letters (uint32), how many each text keeps and has (int64), and its letters (int64).
   With the character keys' arguments (a, b: uint32 permutations of bands * rows MinHash rows, bands, rows, least,
   salt) also signature.char_keys: for each text whose grams starting with a CJK ideograph hold at least `least`
   distinct values that are multiples of `mod` (uncut), `bands` keys of the MinHash of those values (each value
   fmix32-mixed, row p the minimum of mixed * a[p] + b[p]), banded as tail's band keys, xor `salt`, 62 bits (int64, one
   text after another), and how many keys each text has (int64: 0 or bands).
   With the word-initial keys' arguments after them (lbins, lrows, gram, lleast, lsalt, osalt, ostep) also
   signature.latin_keys, in the same loop over the text's code points: its words are its runs of code points other than
   a space (a text's first code point opens one); when at least 2/3 of them start with an ASCII lowercase letter, all
   the `gram`-grams of the words' first code points (h = h * LK_BASE + c over the gram, 64 bits; 32-bit hash
   fmix32(low ^ high)) make a one-permutation MinHash (oph_keys: signature._oph_keys); a text's keys are its character
   keys, then its word-initial keys (the count then 0 to bands + lbins / lrows). */
#define LK_BASE 0x100000001B3ULL /* signature._B */
#define CG_M0 0x9E3779B97F4A7C15ULL
#define CG_M1 0xC2B2AE3D27D4EB4FULL
#define CG_M2 0x165667B19E3779F9ULL
#define CG_M3 0xD6E8FEB86659FD93ULL
static inline uint32_t char_gram(const uint32_t *l, int64_t t, int64_t end, int *ok) {
    const uint64_t l0 = l[t];
    const int cjk = is_cjk((uint32_t)l0);
    *ok = t + (cjk ? 1 : 3) < end;
    if (!*ok) return 0;
    uint64_t h = l0 * CG_M0 + (uint64_t)l[t + 1] * CG_M1;
    if (!cjk) h += (uint64_t)l[t + 2] * CG_M2 + (uint64_t)l[t + 3] * CG_M3;
    return fmix32((uint32_t)h ^ (uint32_t)(h >> 32));
}

/* The MinHash band keys of the values kv[0:nk] (sorted and made distinct in place; scratch: nk more values), written
   to out: `bands` keys, or none when fewer than `least` distinct values. sig: bands * rows values. Returns how many. */
static Py_ssize_t value_keys(uint32_t *kv, Py_ssize_t nk, uint32_t *scratch, uint32_t *sig, const uint32_t *pa,
                             const uint32_t *pb, Py_ssize_t bands, Py_ssize_t rows, Py_ssize_t least, uint64_t salt,
                             uint64_t *out) {
    if (nk < least) return 0;
    sort_u32(kv, (size_t)nk, scratch);
    Py_ssize_t d = 1;
    for (Py_ssize_t t = 1; t < nk; t++)
        if (kv[t] != kv[d - 1]) kv[d++] = kv[t];
    if (d < least) return 0;
    for (Py_ssize_t t = 0; t < d; t++) kv[t] = fmix32(kv[t]);
    for (Py_ssize_t p = 0; p < bands * rows; p++) {
        uint32_t lo = 0xFFFFFFFFU;
        for (Py_ssize_t t = 0; t < d; t++) {
            const uint32_t x = kv[t] * pa[p] + pb[p];
            lo = x < lo ? x : lo;
        }
        sig[p] = lo;
    }
    band_keys(sig, bands, rows, out);
    for (Py_ssize_t bd = 0; bd < bands; bd++) out[bd] = (out[bd] ^ salt) & KEY_MASK;
    return bands;
}

/* The word-initial grams of w[0:nw] (see char_evidence) that are multiples of mod, into kv; how many. */
static Py_ssize_t initial_grams(const uint32_t *w, Py_ssize_t nw, Py_ssize_t gram, uint32_t mod, uint32_t pmask,
                                uint32_t *kv) {
    Py_ssize_t nk = 0;
    for (Py_ssize_t t = 0; t + gram <= nw; t++) {
        uint64_t h = 0;
        for (Py_ssize_t j = 0; j < gram; j++) h = h * LK_BASE + (uint64_t)w[t + j];
        const uint32_t x = fmix32((uint32_t)h ^ (uint32_t)(h >> 32));
        if (multiple(x, mod, pmask)) kv[nk++] = x;
    }
    return nk;
}

/* signature._oph_keys of one text's values kv[0:nk] (repeats allowed): none when fewer than `least`; else each value
   falls in bin (x * nbins) >> 32 and the bin keeps the least fmix32(x ^ osalt); an empty bin takes the next filled
   bin's value (circularly, d bins on) + d * ostep; the bins banded `rows` at a time as band_keys bands them, xor `salt`,
   62 bits. sig, dense: nbins values each; filled: nbins flags. Returns how many keys (0 or nbins / rows). */
static Py_ssize_t oph_keys(const uint32_t *kv, Py_ssize_t nk, Py_ssize_t nbins, Py_ssize_t rows, Py_ssize_t least,
                           uint64_t salt, uint32_t osalt, uint32_t ostep, uint32_t *sig, uint32_t *dense,
                           unsigned char *filled, uint64_t *out) {
    if (nk < least || nk < 1) return 0;
    memset(filled, 0, (size_t)nbins);
    for (Py_ssize_t t = 0; t < nk; t++) {
        const uint32_t x = kv[t];
        const Py_ssize_t bin = (Py_ssize_t)(((uint64_t)x * (uint64_t)nbins) >> 32);
        const uint32_t y = fmix32(x ^ osalt);
        if (!filled[bin] || y < sig[bin]) {
            sig[bin] = y;
            filled[bin] = 1;
        }
    }
    Py_ssize_t next = -1; /* (the nearest filled bin at or after k, over the bins twice) */
    for (Py_ssize_t k = 2 * nbins - 1; k >= 0; k--) {
        if (filled[k % nbins]) next = k;
        if (k < nbins) dense[k] = sig[next % nbins] + (uint32_t)(next - k) * ostep;
    }
    const Py_ssize_t bands = nbins / rows;
    band_keys(dense, bands, rows, out);
    for (Py_ssize_t bd = 0; bd < bands; bd++) out[bd] = (out[bd] ^ salt) & KEY_MASK;
    return bands;
}

static PyObject *char_evidence(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vc = {0}, vf = {0}, vl = {0}, vpa = {0}, vpb = {0};
    Py_ssize_t full, mod, bands = 0, rows = 0, least = 0, lbins = 0, lrows = 0, gram = 0, lleast = 0;
    unsigned long mask_in, osalt = 0, ostep = 0;
    unsigned long long salt = 0, lsalt = 0;
    PyObject *vals = NULL, *poss = NULL, *kept = NULL, *grams = NULL, *lets = NULL, *result = NULL;
    PyObject *ckeys = NULL, *cnums = NULL;
    uint32_t *tmp = NULL, *kv = NULL, *ws = NULL, *osig = NULL;
    unsigned char *ofilled = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*nnk|y*y*nnnKnnnnKkk", &vc, &vf, &vl, &full, &mod, &mask_in, &vpa, &vpb, &bands,
                          &rows, &least, &salt, &lbins, &lrows, &gram, &lleast, &lsalt, &osalt, &ostep))
        return NULL;
    const int with_keys = vpa.buf != NULL, with_latin = lbins > 0;
    if (vc.len % 4 || vf.len % 8 || vf.len != vl.len || mod < 1 ||
        (with_keys && (bands < 1 || rows < 1 || least < 1 || vpa.len != bands * rows * 4 || vpb.len != vpa.len)) ||
        (with_latin && (!with_keys || lrows < 1 || lbins % lrows || gram < 1 || lleast < 1))) {
        PyErr_SetString(PyExc_ValueError, "char_evidence: bad buffers");
        goto done;
    }
    const uint32_t *c = vc.buf, emask = (uint32_t)mask_in, pmask = pow2_mask(mod);
    const int64_t *first = vf.buf, *last = vl.buf;
    const Py_ssize_t size = vc.len / 4, n = vf.len / 8;
    Py_ssize_t total = 0, longest = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (first[i] < 0 || last[i] < first[i] || last[i] > size) {
            PyErr_SetString(PyExc_ValueError, "char_evidence: bounds out of range");
            goto done;
        }
        total += (Py_ssize_t)(last[i] - first[i]);
        if (last[i] - first[i] > longest) longest = (Py_ssize_t)(last[i] - first[i]);
    }
    vals = PyByteArray_FromStringAndSize(NULL, total * 4);
    poss = PyByteArray_FromStringAndSize(NULL, total * 4);
    kept = PyByteArray_FromStringAndSize(NULL, n * 8);
    grams = PyByteArray_FromStringAndSize(NULL, n * 8);
    lets = PyByteArray_FromStringAndSize(NULL, n * 8);
    tmp = malloc((size_t)(longest + 1) * sizeof(uint32_t));
    if (with_keys) {
        ckeys = PyByteArray_FromStringAndSize(NULL, n * (bands + (with_latin ? lbins / lrows : 0)) * 8);
        cnums = PyByteArray_FromStringAndSize(NULL, n * 8);
        kv = malloc((size_t)(2 * longest + bands * rows + 1) * sizeof(uint32_t));
        if (with_latin) {
            ws = malloc((size_t)(longest + 1) * sizeof(uint32_t));
            osig = malloc((size_t)(2 * lbins) * sizeof(uint32_t));
            ofilled = malloc((size_t)lbins);
        }
    }
    if (!vals || !poss || !kept || !grams || !lets || !tmp || (with_keys && (!ckeys || !cnums || !kv)) ||
        (with_keys && with_latin && (!ws || !osig || !ofilled))) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    uint32_t *ov = (uint32_t *)PyByteArray_AS_STRING(vals), *op = (uint32_t *)PyByteArray_AS_STRING(poss);
    int64_t *ok_n = (int64_t *)PyByteArray_AS_STRING(kept), *gr_n = (int64_t *)PyByteArray_AS_STRING(grams);
    int64_t *le_n = (int64_t *)PyByteArray_AS_STRING(lets);
    uint64_t *ck = with_keys ? (uint64_t *)PyByteArray_AS_STRING(ckeys) : NULL;
    int64_t *cn = with_keys ? (int64_t *)PyByteArray_AS_STRING(cnums) : NULL;
    const uint32_t *pa = vpa.buf, *pb = vpb.buf;
    const int latin_keys = with_keys && with_latin;
    Py_ssize_t o = 0, nck = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t m = 0, g = 0;
        Py_ssize_t nw = 0, nlat = 0;
        if (latin_keys) { /* (the word starts too: a code point other than a space after a space or the text's start) */
            uint32_t prev = 32;
            for (int64_t k = first[i]; k < last[i]; k++) {
                const uint32_t x = c[k];
                if (x != 32) {
                    tmp[m++] = x;
                    if (prev == 32) {
                        ws[nw++] = x;
                        nlat += x - 97u < 26u;
                    }
                }
                prev = x;
            }
        } else {
            for (int64_t k = first[i]; k < last[i]; k++)
                if (c[k] != 32) tmp[m++] = c[k];
        }
        int ok;
        /* (char_gram's test without a pass: every letter 4 or more from the end starts a gram, of the two before
           the last only a CJK ideograph) */
        g = m > 3 ? m - 3 : 0;
        for (int64_t t = m > 3 ? m - 3 : 0; t < m - 1; t++) g += is_cjk(tmp[t]);
        const int all = g <= full;
        const Py_ssize_t o0 = o;
        Py_ssize_t nk = 0; /* (the grams the keys read: starting with a CJK ideograph, in the mod sample) */
        for (int64_t t = 0; t < m; t++) {
            const uint32_t h = char_gram(tmp, t, m, &ok);
            if (!ok) continue;
            const int sample = multiple(h, (uint32_t)mod, pmask);
            if (all || sample) {
                ov[o] = h & emask;
                op[o++] = (uint32_t)t;
            }
            if (with_keys && sample && is_cjk(tmp[t])) kv[nk++] = h;
        }
        ok_n[i] = (int64_t)(o - o0);
        gr_n[i] = g;
        le_n[i] = m;
        if (!with_keys) continue;
        uint32_t *sig = kv + 2 * longest;
        Py_ssize_t got = value_keys(kv, nk, kv + longest, sig, pa, pb, bands, rows, least, (uint64_t)salt, ck + nck);
        if (latin_keys && 3 * nlat >= 2 * nw && nw >= gram) {
            const Py_ssize_t nl = initial_grams(ws, nw, gram, 1, 0, kv);
            got += oph_keys(kv, nl, lbins, lrows, lleast, (uint64_t)lsalt, (uint32_t)osalt, (uint32_t)ostep, osig,
                            osig + lbins, ofilled, ck + nck + got);
        }
        nck += got;
        cn[i] = got;
    }
    Py_END_ALLOW_THREADS
    if (PyByteArray_Resize(vals, o * 4) < 0 || PyByteArray_Resize(poss, o * 4) < 0) goto done;
    if (with_keys) {
        if (PyByteArray_Resize(ckeys, nck * 8) < 0) goto done;
        result = PyTuple_Pack(7, vals, poss, kept, grams, lets, ckeys, cnums);
    } else {
        result = PyTuple_Pack(5, vals, poss, kept, grams, lets);
    }
done:
    free(tmp);
    free(kv);
    free(ws);
    free(osig);
    free(ofilled);
    Py_XDECREF(ckeys);
    Py_XDECREF(cnums);
    if (vpa.buf) PyBuffer_Release(&vpa);
    if (vpb.buf) PyBuffer_Release(&vpb);
    Py_XDECREF(vals);
    Py_XDECREF(poss);
    Py_XDECREF(kept);
    Py_XDECREF(grams);
    Py_XDECREF(lets);
    PyBuffer_Release(&vc);
    PyBuffer_Release(&vf);
    PyBuffer_Release(&vl);
    return result;
}

/* sentences(text) -> list[str] | None: merge._sentences by one loop: `text` cut after every one of 。！？；!?; and line
   break and after every space that follows a full stop, without an empty last piece; None when the text holds a NUL
   (merge's mark character: the caller reads it its own way) */
static PyObject *sentences(PyObject *self, PyObject *arg) {
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "sentences: not a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    const int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    PyObject *out = PyList_New(0);
    if (!out) return NULL;
    Py_ssize_t start = 0;
    Py_UCS4 prev = 0;
    int nul = 0;
#define SENTENCE_LOOP(T)                                                                           \
    do {                                                                                           \
        const T *t = data;                                                                         \
        for (Py_ssize_t i = 0; i < n; i++) {                                                       \
            const Py_UCS4 c = t[i];                                                                \
            int cut;                                                                               \
            if (c < 0x80) {                                                                        \
                if (c == 0) {                                                                      \
                    nul = 1;                                                                       \
                    break;                                                                         \
                }                                                                                  \
                cut = c == 0x0a || c == '!' || c == '?' || c == ';' || (c == ' ' && prev == '.'); \
            } else                                                                                 \
                cut = c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0xff1b;                    \
            prev = c;                                                                              \
            if (!cut) continue;                                                                    \
            PyObject *piece = PyUnicode_Substring(arg, start, i + 1);                              \
            if (!piece || PyList_Append(out, piece) < 0) {                                         \
                Py_XDECREF(piece);                                                                 \
                Py_DECREF(out);                                                                    \
                return NULL;                                                                       \
            }                                                                                      \
            Py_DECREF(piece);                                                                      \
            start = i + 1;                                                                         \
        }                                                                                          \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) SENTENCE_LOOP(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) SENTENCE_LOOP(Py_UCS2);
    else SENTENCE_LOOP(Py_UCS4);
#undef SENTENCE_LOOP
    if (nul) {
        Py_DECREF(out);
        Py_RETURN_NONE;
    }
    if (start < n) {
        PyObject *piece = PyUnicode_Substring(arg, start, n);
        if (!piece || PyList_Append(out, piece) < 0) {
            Py_XDECREF(piece);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(piece);
    }
    return out;
}

/* sentence_pairs(cs, other) -> list[tuple[int, str]] | None: merge._pairs(cs, first_at, merge._sentences(other)) in one
   pass (first_at: the first index of each sentence of cs), without a str per sentence of `other` or a dict of str: the
   sentences of `other` (cut as `sentences` cuts them) are looked up among those of cs in a table of their code points'
   hashes, equal ones compared code point by code point; only the sentences of the pairs become str. None when `other`
   holds a NUL (merge's mark character: the caller reads it its own way). */
static inline Py_UCS4 sp_at(int kind, const void *data, Py_ssize_t i) { return PyUnicode_READ(kind, data, i); }

static uint64_t sp_hash(int kind, const void *data, Py_ssize_t s, Py_ssize_t e) {
    uint64_t h = 0xcbf29ce484222325ULL;
    if (kind == PyUnicode_1BYTE_KIND)
        for (Py_ssize_t i = s; i < e; i++) h = (h ^ ((const Py_UCS1 *)data)[i]) * 0x100000001B3ULL;
    else if (kind == PyUnicode_2BYTE_KIND)
        for (Py_ssize_t i = s; i < e; i++) h = (h ^ ((const Py_UCS2 *)data)[i]) * 0x100000001B3ULL;
    else
        for (Py_ssize_t i = s; i < e; i++) h = (h ^ ((const Py_UCS4 *)data)[i]) * 0x100000001B3ULL;
    return fmix64(h + (uint64_t)(e - s));
}

static int sp_equal(int ka, const void *da, Py_ssize_t sa, int kb, const void *db, Py_ssize_t sb, Py_ssize_t n) {
    if (ka == kb) return memcmp((const char *)da + sa * ka, (const char *)db + sb * kb, (size_t)(n * ka)) == 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (sp_at(ka, da, sa + i) != sp_at(kb, db, sb + i)) return 0;
    return 1;
}

static PyObject *sentence_pairs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *cs, *other, *out = NULL;
    if (!PyArg_ParseTuple(args, "O!U", &PyList_Type, &cs, &other)) return NULL;
    if (PyUnicode_READY(other) < 0) return NULL;
    const Py_ssize_t nc = PyList_GET_SIZE(cs);
    for (Py_ssize_t i = 0; i < nc; i++) {
        PyObject *x = PyList_GET_ITEM(cs, i);
        if (!PyUnicode_Check(x)) {
            PyErr_SetString(PyExc_TypeError, "sentence_pairs: a list of str");
            return NULL;
        }
        if (PyUnicode_READY(x) < 0) return NULL;
    }
    const int kind = PyUnicode_KIND(other);
    const void *data = PyUnicode_DATA(other);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(other);
    size_t cap = 16;
    while (cap < 2 * (size_t)nc + 2) cap *= 2;
    uint64_t *hs = malloc(cap * sizeof(uint64_t));
    int64_t *slot = malloc(cap * sizeof(int64_t));
    Py_ssize_t *ends = malloc(((size_t)n + 1) * sizeof(Py_ssize_t));
    int64_t *at = malloc(((size_t)n + 1) * sizeof(int64_t));
    if (!hs || !slot || !ends || !at) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t q = 0; q < cap; q++) slot[q] = -1;
    /* the canonical's sentences: the first index of each */
    for (Py_ssize_t i = 0; i < nc; i++) {
        PyObject *x = PyList_GET_ITEM(cs, i);
        const int kx = PyUnicode_KIND(x);
        const void *dx = PyUnicode_DATA(x);
        const Py_ssize_t lx = PyUnicode_GET_LENGTH(x);
        const uint64_t h = sp_hash(kx, dx, 0, lx);
        size_t q = (size_t)h & (cap - 1);
        for (;; q = (q + 1) & (cap - 1)) {
            if (slot[q] < 0) {
                slot[q] = i;
                hs[q] = h;
                break;
            }
            PyObject *y = PyList_GET_ITEM(cs, slot[q]);
            if (hs[q] == h && PyUnicode_GET_LENGTH(y) == lx &&
                sp_equal(kx, dx, 0, PyUnicode_KIND(y), PyUnicode_DATA(y), 0, lx))
                break; /* (a sentence twice: its first index stays) */
        }
    }
    /* the copy's sentences (where each ends) and the canonical index of each, -1 when the canonical has none */
    Py_ssize_t m = 0, start = 0;
    Py_UCS4 prev = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        int cut;
        if (i == n) cut = start < n;
        else {
            const Py_UCS4 c = sp_at(kind, data, i);
            if (c < 0x80) {
                if (c == 0) {
                    out = Py_NewRef(Py_None);
                    goto done;
                }
                cut = c == 0x0a || c == '!' || c == '?' || c == ';' || (c == ' ' && prev == '.');
            } else
                cut = c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0xff1b;
            prev = c;
        }
        if (!cut) continue;
        const Py_ssize_t e = i < n ? i + 1 : n, len = e - start;
        const uint64_t h = sp_hash(kind, data, start, e);
        int64_t found = -1;
        for (size_t q = (size_t)h & (cap - 1); slot[q] >= 0; q = (q + 1) & (cap - 1)) {
            PyObject *y = PyList_GET_ITEM(cs, slot[q]);
            if (hs[q] == h && PyUnicode_GET_LENGTH(y) == len &&
                sp_equal(kind, data, start, PyUnicode_KIND(y), PyUnicode_DATA(y), 0, len)) {
                found = slot[q];
                break;
            }
        }
        ends[m] = e;
        at[m++] = found;
        start = e;
    }
    out = PyList_New(0);
    if (!out) goto done;
    for (Py_ssize_t s = 0; s < m;) {
        if (at[s] >= 0) {
            s++;
            continue;
        }
        Py_ssize_t e = s;
        while (e < m && at[e] < 0) e++;
        const int64_t prev_at = s ? at[s - 1] : -1, next_at = e < m ? at[e] : (int64_t)nc;
        if (next_at - prev_at - 1 == (int64_t)(e - s)) {
            for (Py_ssize_t k = s; k < e; k++) {
                PyObject *piece = PyUnicode_Substring(other, k ? ends[k - 1] : 0, ends[k]);
                PyObject *pair = piece ? Py_BuildValue("(nN)", (Py_ssize_t)(prev_at + 1 + (k - s)), piece) : NULL;
                if (!pair || PyList_Append(out, pair) < 0) {
                    Py_XDECREF(pair);
                    Py_CLEAR(out);
                    goto done;
                }
                Py_DECREF(pair);
            }
        }
        s = e;
    }
done:
    free(hs);
    free(slot);
    free(ends);
    free(at);
    return out;
}

/* fresh_lines(lines, cache) -> list[str]: the lines of `lines` (a list of str) that are not keys of `cache` (a dict),
   each once, in the order of their first occurrence: [x for x in dict.fromkeys(lines) if x not in cache] */
static PyObject *fresh_lines(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *lines, *cache;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &lines, &PyDict_Type, &cache)) return NULL;
    PyObject *seen = PySet_New(NULL), *out = PyList_New(0);
    if (!seen || !out) goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(lines); i++) {
        PyObject *line = PyList_GET_ITEM(lines, i);
        int known = PyDict_Contains(cache, line);
        if (known < 0) goto fail;
        if (known) continue;
        const Py_ssize_t before = PySet_GET_SIZE(seen);
        if (PySet_Add(seen, line) < 0) goto fail;
        if (PySet_GET_SIZE(seen) == before) continue; /* (a repeat) */
        if (PyList_Append(out, line) < 0) goto fail;
    }
    Py_DECREF(seen);
    return out;
fail:
    Py_XDECREF(seen);
    Py_XDECREF(out);
    return NULL;
}

/* ---- jieba_load, jieba_pieces: jieba's dictionary cut without HMM (what rjieba.cut(text, False) gives), as token
   lengths. One dictionary per process (this module is single-phase, without per-interpreter state).

   The algorithm is jieba-rs's (rjieba 0.2 = jieba-rs 0.11) over the dictionary it embeds, which is jieba's dict.txt:
   - the dictionary: one word a line, then its frequency (0 when missing), then a tag (ignored); a word twice keeps
     the frequency of its last line; total = the sum of the distinct words' frequencies;
   - a text is cut into blocks: maximal runs of the class [\u3400-\u4DBF \u4E00-\u9FFF \uF900-\uFAFF
     \U00020000-\U0002A6DF \U0002A700-\U0002EBEF \U0002F800-\U0002FA1F a-zA-Z0-9 + # & . _ % -]; outside them every
     character is a token of its own, but "\r\n" is one token;
   - in a block, from its end backwards: route[k] = the maximum over the dictionary words w starting at k of
     (ln(freq(w)) - ln(total) + route[k + len(w)], k + len(w)) (ties go to the longer word); a position where no word
     starts takes its one character with frequency 1; route[n] = 0;
   - then the route is walked from the start: a one-character step that is an ASCII letter or digit is gathered with
     the next such steps into one token.
   The words are a trie of code points: (parent node, code point) -> child node in one open-addressing table (the
   root's children in the Basic Multilingual Plane in a direct table), with ln(freq) - ln(total) of every node that
   ends a word. signature._cut_lengths_kernel checks the cut against rjieba's on a sample once (jieba_check), and
   tests/test_text_kernel.py on every distinct line of the speed corpus and on random texts. */

#if defined(__GNUC__) || defined(__clang__)
#define JT_PREFETCH(p) __builtin_prefetch(p)
#else
#define JT_PREFETCH(p) ((void)(p))
#endif
#define JT_NODE_BITS 20
#define JT_NODES (1u << JT_NODE_BITS) /* at most this many nodes (jieba's dict.txt: 498,114) */
#define JT_WORD 1                     /* flags of a node: a word ends there */
#define JT_MORE 2                     /* it has children */

/* a slot of the table: key << 22 | flags << 20 | child node, 0 when empty (a key is never 0); 8 bytes a slot, so the
   table (the cut's one random read a step past the first) is 8 MB, half what it would be with each node's weight
   beside it. A word's weight is wtab[widx[node]]: the dictionary's ≈ 5,000 distinct frequencies, read only at word
   ends through a 2-byte index per node (≈ 1 MB). Most steps past the first find no child (the walk from a position
   ends there): a one-bit-per-key filter of the table's keys (bloom, 512 KB) answers most of them without reading
   the table. The roots are 4 bytes: flags << 20 | node, 0 for none. */
#define JT_WEIGHTS 0xFFFF /* at most this many distinct weights */
#define JT_BLOOM_BITS 22  /* bits of the table's filter (512 KB): ≈ 9 per key of jieba's dictionary */

typedef struct {
    uint64_t *slots; /* while loading: ((parent << 21 | code point) + 1) << JT_NODE_BITS | child; 0: empty */
    uint64_t mask;
    uint32_t *root;  /* while loading: the root's child of each BMP code point, 0: none */
    double *weight;  /* while loading, per node: ln(freq) - ln(total) */
    uint8_t *flags;  /* while loading, per node: JT_WORD, JT_MORE */
    uint32_t nodes, cap_nodes;
    uint64_t count;  /* slots in use */
    uint64_t *table; /* then: the slots with each child's flags (the same places) */
    uint32_t *roots; /* and the root's children of each BMP code point: flags << 20 | node (0: none) */
    uint64_t *bloom; /* a bit per (parent, code point) key of the table, at bits 40.. of its hash: a key whose bit is
                        clear is not in the table (most steps past a word's end are answered here, in 512 KB) */
    uint16_t *widx;  /* per node: its weight's place in wtab (0 for a node that ends no word) */
    double *wtab;    /* the distinct weights */
    double root_w;   /* ln(1) - ln(total): a character of no word */
} jtrie_t;

static jtrie_t jt;
static int jt_loaded = 0;

static void jt_free(jtrie_t *t) {
    free(t->slots);
    free(t->root);
    free(t->weight);
    free(t->flags);
    free(t->table);
    free(t->roots);
    free(t->widx);
    free(t->wtab);
    free(t->bloom);
    memset(t, 0, sizeof(*t));
}

static inline uint64_t jt_key(uint32_t parent, uint32_t cp) { return (((uint64_t)parent << 21) | cp) + 1; }

/* the slot of parent's child for cp, or 0 */
static inline uint64_t jt_step(const jtrie_t *t, uint32_t parent, uint32_t cp) {
    if (parent == 0 && cp < 0x10000) return t->roots[cp]; /* (its flags and node where a slot has them) */
    const uint64_t key = jt_key(parent, cp);
    const uint64_t f = fmix64(key);
    const uint64_t b = (f >> 40) & ((1u << JT_BLOOM_BITS) - 1);
    if (!(t->bloom[b >> 6] >> (b & 63) & 1)) return 0;
    uint64_t h = f & t->mask;
    for (;;) {
        const uint64_t e = t->table[h];
        if ((e >> 22) == key) return e;
        if (!e) return 0;
        h = (h + 1) & t->mask;
    }
}

/* zeroed memory for the cut's tables: on Linux in huge pages where the kernel gives them (each step of the cut
   reads a slot anywhere in ≈ 16 MB: with 4 KB pages nearly every read also misses the TLB) */
static void *jt_alloc(size_t size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const size_t huge = (size_t)1 << 21;
    if (size >= huge) {
        void *p = NULL;
        size = (size + huge - 1) & ~(huge - 1);
        if (posix_memalign(&p, huge, size)) return NULL;
        madvise(p, size, MADV_HUGEPAGE);
        memset(p, 0, size);
        return p;
    }
#endif
    return calloc(1, size);
}

/* widx and wtab from the weights of the nodes that end a word; -1 when out of memory, -2 past JT_WEIGHTS */
static int jt_weights(jtrie_t *t) {
    const uint32_t cap = 1u << 17; /* (a table of the distinct weights' bits, at most half full) */
    uint64_t *bits = calloc(cap, sizeof(uint64_t));
    uint16_t *at = calloc(cap, sizeof(uint16_t));
    t->widx = calloc(t->nodes ? t->nodes : 1, sizeof(uint16_t));
    t->wtab = malloc((JT_WEIGHTS + 1) * sizeof(double));
    int rc = 0;
    if (!bits || !at || !t->widx || !t->wtab) rc = -1;
    uint32_t distinct = 1;
    if (t->wtab) t->wtab[0] = 0.0;
    for (uint32_t i = 0; !rc && i < t->nodes; i++) {
        if (!(t->flags[i] & JT_WORD)) continue;
        uint64_t b;
        memcpy(&b, &t->weight[i], sizeof(b));
        uint32_t h = (uint32_t)fmix64(b) & (cap - 1);
        while (at[h] && bits[h] != b) h = (h + 1) & (cap - 1);
        if (!at[h]) {
            if (distinct > JT_WEIGHTS) {
                rc = -2;
                break;
            }
            bits[h] = b;
            at[h] = (uint16_t)distinct;
            t->wtab[distinct++] = t->weight[i];
        }
        t->widx[i] = at[h];
    }
    free(bits);
    free(at);
    return rc;
}

/* the loaded trie as table and roots (the loading arrays freed); -1 when out of memory, -2 for too many distinct
   frequencies */
static int jt_compile(jtrie_t *t, double root_w) {
    const int rc = jt_weights(t);
    if (rc) return rc;
    t->table = jt_alloc((t->mask + 1) * sizeof(uint64_t));
    t->roots = jt_alloc(0x10000 * sizeof(uint32_t));
    t->bloom = jt_alloc(((size_t)1 << JT_BLOOM_BITS) / 8);
    if (!t->table || !t->roots || !t->bloom) return -1;
    for (uint64_t i = 0; i <= t->mask; i++) {
        const uint64_t e = t->slots[i];
        if (!e) continue;
        const uint32_t node = (uint32_t)(e & (JT_NODES - 1));
        t->table[i] = ((e >> JT_NODE_BITS) << 22) | ((uint64_t)t->flags[node] << 20) | node;
        const uint64_t b = (fmix64(e >> JT_NODE_BITS) >> 40) & ((1u << JT_BLOOM_BITS) - 1);
        t->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    for (uint32_t c = 0; c < 0x10000; c++) {
        const uint32_t node = t->root[c];
        if (!node) continue;
        t->roots[c] = ((uint32_t)t->flags[node] << 20) | node;
    }
    t->root_w = root_w;
    free(t->slots);
    free(t->root);
    free(t->weight);
    free(t->flags);
    t->slots = NULL;
    t->root = NULL;
    t->weight = NULL;
    t->flags = NULL;
    return 0;
}

static int jt_grow_table(jtrie_t *t) {
    const uint64_t cap = t->slots ? (t->mask + 1) * 2 : (1u << 16);
    uint64_t *slots = calloc(cap, sizeof(uint64_t));
    if (!slots) return -1;
    if (t->slots) {
        for (uint64_t i = 0; i <= t->mask; i++) {
            if (!t->slots[i]) continue;
            uint64_t h = fmix64(t->slots[i] >> JT_NODE_BITS) & (cap - 1);
            while (slots[h]) h = (h + 1) & (cap - 1);
            slots[h] = t->slots[i];
        }
    }
    free(t->slots);
    t->slots = slots;
    t->mask = cap - 1;
    return 0;
}

static uint32_t jt_new_node(jtrie_t *t) {
    if (t->nodes == t->cap_nodes) {
        const uint32_t cap = t->cap_nodes ? t->cap_nodes * 2 : (1u << 16);
        if (cap > JT_NODES) return 0;
        double *w = realloc(t->weight, cap * sizeof(double));
        if (w) t->weight = w;
        uint8_t *x = realloc(t->flags, cap);
        if (x) t->flags = x;
        if (!w || !x) return 0;
        t->cap_nodes = cap;
    }
    t->weight[t->nodes] = 0.0;
    t->flags[t->nodes] = 0;
    return t->nodes++;
}

/* the child of parent for cp, made when missing; 0 when out of memory (or past JT_NODES nodes) */
static uint32_t jt_insert(jtrie_t *t, uint32_t parent, uint32_t cp) {
    uint32_t node;
    if (parent == 0 && cp < 0x10000) {
        if (!t->root[cp]) t->root[cp] = jt_new_node(t);
        node = t->root[cp];
    } else {
        if ((t->count + 1) * 2 > t->mask + 1 && jt_grow_table(t)) return 0;
        const uint64_t key = jt_key(parent, cp);
        uint64_t h = fmix64(key) & t->mask;
        while (t->slots[h]) {
            if ((t->slots[h] >> JT_NODE_BITS) == key) return (uint32_t)(t->slots[h] & (JT_NODES - 1));
            h = (h + 1) & t->mask;
        }
        node = jt_new_node(t);
        if (!node) return 0;
        t->slots[h] = (key << JT_NODE_BITS) | node;
        t->count++;
    }
    if (node) t->flags[parent] |= JT_MORE;
    return node;
}

/* the next code point of UTF-8 at *p (< end), or -1 when it is not valid UTF-8 */
static int32_t utf8_next(const unsigned char **p, const unsigned char *end) {
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int n;
    if (c < 0x80) n = 0;
    else if ((c & 0xE0) == 0xC0) n = 1, c &= 0x1F;
    else if ((c & 0xF0) == 0xE0) n = 2, c &= 0x0F;
    else if ((c & 0xF8) == 0xF0) n = 3, c &= 0x07;
    else return -1;
    if (end - s <= n) return -1;
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xC0) != 0x80) return -1;
        c = (c << 6) | (s[i] & 0x3F);
    }
    *p = s + n + 1;
    return (int32_t)c;
}

static inline int jt_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* jieba_load(dictionary) -> number of words: the dictionary (UTF-8 bytes of dict.txt) for jieba_pieces */
static void jm_clear(void);

static PyObject *jieba_load(PyObject *self, PyObject *arg) {
    (void)self;
    Py_buffer v;
    if (PyObject_GetBuffer(arg, &v, PyBUF_SIMPLE) < 0) return NULL;
    jtrie_t t = {0};
    uint64_t *freqs = NULL;
    size_t cap_freqs = 0;
    const char *err = NULL;
    t.root = calloc(0x10000, sizeof(uint32_t));
    if (!t.root || jt_grow_table(&t) || jt_new_node(&t) != 0) { /* node 0: the root */
        err = "";
        goto done;
    }
    t.nodes = 1;
    const unsigned char *p = v.buf, *end = p + v.len;
    uint64_t words = 0;
    while (p < end) {
        const unsigned char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        while (p < eol && jt_space(*p)) p++;
        if (p < eol) {
            uint32_t node = 0;
            while (p < eol && !jt_space(*p)) {
                const int32_t c = utf8_next(&p, eol);
                if (c < 0) {
                    err = "jieba_load: the dictionary is not UTF-8";
                    goto done;
                }
                node = jt_insert(&t, node, (uint32_t)c);
                if (!node) {
                    err = "";
                    goto done;
                }
            }
            while (p < eol && jt_space(*p)) p++;
            uint64_t f = 0;
            if (p < eol && !jt_space(*p)) {
                while (p < eol && !jt_space(*p)) {
                    if (*p < '0' || *p > '9' || f > (UINT64_MAX - 9) / 10) {
                        err = "jieba_load: a frequency is not a number";
                        goto done;
                    }
                    f = f * 10 + (uint64_t)(*p++ - '0');
                }
            }
            if (t.nodes > cap_freqs) {
                size_t cap = t.cap_nodes;
                uint64_t *fr = realloc(freqs, cap * sizeof(uint64_t));
                if (!fr) {
                    err = "";
                    goto done;
                }
                memset(fr + cap_freqs, 0, (cap - cap_freqs) * sizeof(uint64_t));
                freqs = fr;
                cap_freqs = cap;
            }
            if (!(t.flags[node] & JT_WORD)) words++;
            t.flags[node] |= JT_WORD;
            freqs[node] = f; /* (a word twice: its last frequency) */
        }
        p = eol + 1;
    }
    {
        uint64_t total = 0;
        for (uint32_t i = 0; i < t.nodes; i++)
            if (t.flags[i] & JT_WORD) total += freqs[i];
        const double logtotal = log((double)total);
        for (uint32_t i = 0; i < t.nodes; i++)
            if (t.flags[i] & JT_WORD) t.weight[i] = log((double)freqs[i]) - logtotal;
        free(freqs);
        freqs = NULL;
        const int rc = jt_compile(&t, log(1.0) - logtotal); /* (a character of no word: frequency 1) */
        if (rc) {
            err = rc == -2 ? "jieba_load: more than 65,535 distinct frequencies" : "";
            goto done;
        }
        if (jt_loaded) jt_free(&jt);
        jm_clear(); /* (the lines cut with the dictionary before) */
        jt = t;
        jt_loaded = 1;
        PyBuffer_Release(&v);
        return PyLong_FromUnsignedLongLong(words);
    }
done:
    free(freqs);
    jt_free(&t);
    PyBuffer_Release(&v);
    if (err && *err) PyErr_SetString(PyExc_ValueError, err);
    else PyErr_NoMemory();
    return NULL;
}

static inline int jt_class(uint32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '#' ||
               c == '&' || c == '.' || c == '_' || c == '%' || c == '-';
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2EBEF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

static inline int jt_ascii_alnum(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

typedef struct {
    uint32_t *cps;
    double *value;
    int64_t *next;
    size_t cap;
} jwork_t;

/* the token lengths of cps[0:n] (a block of the class) appended to out */
static int jt_cut_block(const jtrie_t *t, const uint32_t *cps, int64_t n, jwork_t *w, buf_t *out) {
    double *value = w->value;
    int64_t *next = w->next;
    value[n] = 0.0;
    for (int64_t k = n - 1; k >= 0; k--) {
        if (k > 0 && cps[k - 1] < 0x10000) { /* the next position's second step, fetched ahead */
            const uint64_t e = t->roots[cps[k - 1]];
            if (e & ((uint64_t)JT_MORE << 20))
                JT_PREFETCH(&t->table[fmix64(jt_key((uint32_t)(e & (JT_NODES - 1)), cps[k])) & t->mask]);
        }
        int found = 0;
        double best = 0.0;
        int64_t best_end = k + 1;
        uint32_t node = 0;
        for (int64_t j = k; j < n; j++) {
            const uint64_t e = jt_step(t, node, cps[j]);
            if (!e) break;
            node = (uint32_t)(e & (JT_NODES - 1));
            if (e & ((uint64_t)JT_WORD << 20)) {
                const double x = t->wtab[t->widx[node]] + value[j + 1];
                if (!found || x >= best) { /* (a tie: the longer word, as jieba's max over (value, end)) */
                    best = x;
                    best_end = j + 1;
                    found = 1;
                }
            }
            if (!(e & ((uint64_t)JT_MORE << 20))) break;
        }
        if (!found) best = t->root_w + value[k + 1];
        value[k] = best;
        next[k] = best_end;
    }
    int64_t left = -1;
    for (int64_t x = 0; x < n;) {
        const int64_t y = next[x];
        if (y == x + 1 && jt_ascii_alnum(cps[x])) {
            if (left < 0) left = x;
        } else {
            if (left >= 0) {
                if (buf_reserve(out, 8)) return -1;
                ((int64_t *)(out->data + out->len))[0] = x - left;
                out->len += 8;
                left = -1;
            }
            if (buf_reserve(out, 8)) return -1;
            ((int64_t *)(out->data + out->len))[0] = y - x;
            out->len += 8;
        }
        x = y;
    }
    if (left >= 0) {
        if (buf_reserve(out, 8)) return -1;
        ((int64_t *)(out->data + out->len))[0] = n - left;
        out->len += 8;
    }
    return 0;
}

/* ---- jieba_lines: the line memory of signature._cut_lengths_kernel in the kernel. The folded lines of a batch
   (split at the raw text's line breaks, as lines_of), each looked up in a table of the lines cut before in this
   process (keyed by a hash of its code points, checked against them), cut by jt_cut_line when missing, and their
   token lengths laid end to end per text, as gather gives them: without a str per line, a bytes per piece and four
   dict probes per line. The memory holds at most `budget` characters (signature._LINE_CACHE_CHARS): past it, it is
   cleared when the next batch starts, as the Python dict was. Code points are kept as uint32, token lengths as
   int32 (a line is shorter than 2**31). */
typedef struct {
    uint64_t hash; /* 0: an empty slot */
    int64_t at;    /* where its code points start in jm.cps */
    int64_t tok;   /* where its token lengths start in jm.toks */
    int32_t len, ntok;
} jm_slot;

static struct {
    jm_slot *slots;
    uint64_t mask, used;
    uint32_t *cps;
    int32_t *toks;
    int64_t ncps, cap_cps, ntoks, cap_toks;
} jm;

static void jm_clear(void) {
    free(jm.slots);
    free(jm.cps);
    free(jm.toks);
    memset(&jm, 0, sizeof(jm));
}

static inline uint64_t jm_hash(const uint32_t *c, int64_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)n;
    int64_t i = 0;
    for (; i + 2 <= n; i += 2) {
        uint64_t v;
        memcpy(&v, c + i, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 29;
    }
    if (i < n) h = (h ^ c[i]) * 0x94D049BB133111EBULL;
    h = fmix64(h);
    return h ? h : 1;
}

static int jm_grow(void) {
    const uint64_t cap = jm.mask ? 2 * (jm.mask + 1) : 1 << 14;
    jm_slot *s = calloc(cap, sizeof(jm_slot));
    if (!s) return -1;
    for (uint64_t i = 0; jm.mask && i <= jm.mask; i++) {
        if (!jm.slots[i].hash) continue;
        uint64_t k = jm.slots[i].hash & (cap - 1);
        while (s[k].hash) k = (k + 1) & (cap - 1);
        s[k] = jm.slots[i];
    }
    free(jm.slots);
    jm.slots = s;
    jm.mask = cap - 1;
    return 0;
}

static int jm_room(void **data, int64_t *cap, int64_t need, size_t item) {
    if (need <= *cap) return 0;
    int64_t c = *cap ? *cap : 1 << 16;
    while (c < need) c *= 2;
    void *d = realloc(*data, (size_t)c * item);
    if (!d) return -1;
    *data = d;
    *cap = c;
    return 0;
}

static int jt_reserve(jwork_t *w, size_t need) {
    if (need <= w->cap) return 0;
    const size_t cap = need > 2 * w->cap ? need : 2 * w->cap;
    uint32_t *c = realloc(w->cps, cap * sizeof(uint32_t));
    if (c) w->cps = c;
    double *v = realloc(w->value, cap * sizeof(double));
    if (v) w->value = v;
    int64_t *x = realloc(w->next, cap * sizeof(int64_t));
    if (x) w->next = x;
    if (!c || !v || !x) return -1;
    w->cap = cap;
    return 0;
}

/* the token lengths of a line of code points (no line break in it, w's arrays reserved for n + 1) appended to out,
   then its line break's 1: outside the class every character is a token of its own, a run of the class is cut by
   jt_cut_block (jieba_pieces line by line) */
static int jt_cut_line(const uint32_t *cps, int64_t n, jwork_t *w, buf_t *out) {
    int64_t k = 0;
    while (k < n) {
        if (!jt_class(cps[k])) {
            if (buf_reserve(out, 8)) return -1;
            ((int64_t *)(out->data + out->len))[0] = 1;
            out->len += 8;
            k++;
            continue;
        }
        const int64_t b = k;
        while (k < n && jt_class(cps[k])) k++;
        if (jt_cut_block(&jt, cps + b, k - b, w, out)) return -1;
    }
    if (buf_reserve(out, 8)) return -1;
    ((int64_t *)(out->data + out->len))[0] = 1; /* the line break */
    out->len += 8;
    return 0;
}

/* one line's pieces appended to out: from the memory, else cut and remembered; -1: out of memory */
static int jm_line(const uint32_t *c, int64_t n, jwork_t *w, buf_t *out) {
    const uint64_t h = jm_hash(c, n);
    uint64_t k = jm.mask ? h & jm.mask : 0;
    for (; jm.mask && jm.slots[k].hash; k = (k + 1) & jm.mask) {
        const jm_slot *s = &jm.slots[k];
        if (s->hash != h || s->len != n || (n && memcmp(jm.cps + s->at, c, (size_t)n * 4))) continue;
        if (buf_reserve(out, (size_t)(s->ntok + 1) * 8)) return -1;
        int64_t *o = (int64_t *)(out->data + out->len);
        for (int32_t q = 0; q < s->ntok; q++) o[q] = jm.toks[s->tok + q];
        o[s->ntok] = 1;
        out->len += (size_t)(s->ntok + 1) * 8;
        return 0;
    }
    if (jt_reserve(w, (size_t)n + 1)) return -1;
    const size_t at = out->len;
    if (jt_cut_line(c, n, w, out)) return -1;
    const int64_t ntok = (int64_t)((out->len - at) / 8) - 1;
    if ((jm.used + 1) * 2 > (jm.mask ? jm.mask + 1 : 0)) {
        if (jm_grow()) return -1;
        for (k = h & jm.mask; jm.slots[k].hash; k = (k + 1) & jm.mask) {
        }
    }
    if (jm_room((void **)&jm.cps, &jm.cap_cps, jm.ncps + n, 4) || jm_room((void **)&jm.toks, &jm.cap_toks, jm.ntoks + ntok, 4))
        return -1;
    memcpy(jm.cps + jm.ncps, c, (size_t)n * 4);
    const int64_t *t = (const int64_t *)(out->data + at);
    for (int64_t q = 0; q < ntok; q++) jm.toks[jm.ntoks + q] = (int32_t)t[q];
    jm.slots[k] = (jm_slot){h, jm.ncps, jm.ntoks, (int32_t)n, (int32_t)ntok};
    jm.used++;
    jm.ncps += n;
    jm.ntoks += ntok;
    return 0;
}

/* jieba_lines(cps, raw, first, last, budget) -> (tl, per) or None: gather(lines, pieces, nlines) of the lines
   lines_of(cps, raw, first, last) gives, their pieces jieba_pieces's, remembered across calls (see above); None
   when a line ends in "\r" (jieba_pieces's None: the caller cuts as before) or a line is 2**31 characters or more */
static PyObject *jieba_lines(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vc = {0}, vr = {0}, vf = {0}, vl = {0};
    Py_ssize_t budget;
    PyObject *result = NULL, *per = NULL;
    buf_t out = {0};
    jwork_t w = {0};
    if (!PyArg_ParseTuple(args, "y*y*y*y*n", &vc, &vr, &vf, &vl, &budget)) return NULL;
    const uint32_t *cps = vc.buf, *raw = vr.buf;
    const int64_t *first = vf.buf, *last = vl.buf;
    const Py_ssize_t size = vc.len / 4, n = vf.len / 8;
    if (!jt_loaded) {
        PyErr_SetString(PyExc_RuntimeError, "jieba_lines: no dictionary (jieba_load)");
        goto out;
    }
    if (vc.len % 4 || vr.len != vc.len || vf.len % 8 || vl.len != vf.len) {
        PyErr_SetString(PyExc_ValueError, "jieba_lines: buffer sizes do not fit their item types");
        goto out;
    }
    for (Py_ssize_t j = 0; j < n; j++) {
        if (first[j] < 0 || first[j] > last[j] || last[j] > size) {
            PyErr_SetString(PyExc_ValueError, "jieba_lines: a text outside the code points");
            goto out;
        }
        for (Py_ssize_t e = first[j]; e < last[j]; e++) { /* (the caller cuts such lines as before) */
            if (cps[e] == '\r' && (e + 1 == last[j] || raw[e + 1] == 10)) {
                result = Py_NewRef(Py_None);
                goto out;
            }
        }
        if (last[j] - first[j] >= INT32_MAX) {
            result = Py_NewRef(Py_None);
            goto out;
        }
    }
    if (jm.ncps > budget) jm_clear();
    per = PyByteArray_FromStringAndSize(NULL, n * 8);
    if (!per) goto out;
    for (Py_ssize_t j = 0; j < n; j++) {
        const size_t len0 = out.len;
        Py_ssize_t at = (Py_ssize_t)first[j];
        const Py_ssize_t hi = (Py_ssize_t)last[j];
        for (;;) {
            Py_ssize_t e = at;
            while (e < hi && raw[e] != 10) e++;
            if (jm_line(cps + at, e - at, &w, &out)) {
                PyErr_NoMemory();
                goto out;
            }
            if (e >= hi) break;
            at = e + 1;
        }
        out.len -= 8; /* (the line break after the text) */
        ((int64_t *)PyByteArray_AS_STRING(per))[j] = (int64_t)((out.len - len0) / 8);
    }
    {
        PyObject *tl = to_bytearray(&out);
        if (tl) result = PyTuple_Pack(2, tl, per);
        Py_XDECREF(tl);
    }
out:
    free(out.data);
    free(w.cps);
    free(w.value);
    free(w.next);
    Py_XDECREF(per);
    PyBuffer_Release(&vc);
    PyBuffer_Release(&vr);
    PyBuffer_Release(&vf);
    PyBuffer_Release(&vl);
    return result;
}

/* jieba_memory() -> (lines, characters) the line memory of jieba_lines holds */
static PyObject *jieba_memory(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return Py_BuildValue("(KL)", (unsigned long long)jm.used, (long long)jm.ncps);
}

/* jieba_pieces(lines) -> (pieces, True) or None: what split_cut(rjieba.cut("\n".join(lines) + "\n", False), lines)
   gives, from the dictionary of jieba_load: per line, bytes of int64 token lengths, then 1 (its line break). None
   when a line ends in "\r" (its line break would join it: the caller cuts as before). */
static PyObject *jieba_pieces(PyObject *self, PyObject *arg) {
    (void)self;
    if (!jt_loaded) {
        PyErr_SetString(PyExc_RuntimeError, "jieba_pieces: no dictionary (jieba_load)");
        return NULL;
    }
    if (!PyList_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "jieba_pieces: a list of str");
        return NULL;
    }
    const Py_ssize_t nl = PyList_GET_SIZE(arg);
    PyObject *pieces = PyList_New(nl), *result = NULL;
    jwork_t w = {0};
    buf_t out = {0};
    if (!pieces) return NULL;
    for (Py_ssize_t i = 0; i < nl; i++) {
        PyObject *line = PyList_GET_ITEM(arg, i);
        if (!PyUnicode_Check(line)) {
            PyErr_SetString(PyExc_TypeError, "jieba_pieces: a list of str");
            goto out;
        }
        const Py_ssize_t n = PyUnicode_GET_LENGTH(line);
        const int kind = PyUnicode_KIND(line);
        const void *data = PyUnicode_DATA(line);
        if (n && PyUnicode_READ(kind, data, n - 1) == '\r') {
            result = Py_NewRef(Py_None);
            goto out;
        }
        if (jt_reserve(&w, (size_t)n + 1)) {
            PyErr_NoMemory();
            goto out;
        }
        for (Py_ssize_t k = 0; k < n; k++) w.cps[k] = PyUnicode_READ(kind, data, k);
        out.len = 0;
        if (jt_cut_line(w.cps, n, &w, &out)) {
            PyErr_NoMemory();
            goto out;
        }
        PyObject *bytes = PyBytes_FromStringAndSize(out.data, (Py_ssize_t)out.len);
        if (!bytes) goto out;
        PyList_SET_ITEM(pieces, i, bytes);
    }
    result = Py_BuildValue("(OO)", pieces, Py_True);
out:
    free(out.data);
    free(w.cps);
    free(w.value);
    free(w.next);
    Py_DECREF(pieces);
    return result;
}

/* the full-width sentence marks of dom._PUNCT_CJK: 。，！？；：、“”‘’《》（）…, and the other scripts' marks there:
   । ॥ ۔ ؟ ، ؛ ። ፣ ፧ ։ ။ ၊ ། ។ */
static inline int cjk_mark(Py_UCS4 c) {
    switch (c) {
    case 0x3002: case 0xff0c: case 0xff01: case 0xff1f: case 0xff1b: case 0xff1a: case 0x3001: case 0x201c:
    case 0x201d: case 0x2018: case 0x2019: case 0x300a: case 0x300b: case 0xff08: case 0xff09: case 0x2026:
    case 0x0964: case 0x0965: case 0x06d4: case 0x061f: case 0x060c: case 0x061b: case 0x1362: case 0x1363:
    case 0x1367: case 0x0589: case 0x104b: case 0x104a: case 0x0f0d: case 0x17d4:
        return 1;
    default:
        return 0;
    }
}

static inline int ascii_mark(Py_UCS4 c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'; }


/* (obj, a, b), the reference to obj stolen: Py_BuildValue("(Nnn)") without the parse of its format (≈ 550
   instructions a call, for each line of a page) */
static PyObject *triple_n(PyObject *obj, Py_ssize_t a, Py_ssize_t b) {
    PyObject *t = PyTuple_New(3), *va = PyLong_FromSsize_t(a), *vb = PyLong_FromSsize_t(b);
    if (!t || !va || !vb) {
        Py_XDECREF(t);
        Py_XDECREF(va);
        Py_XDECREF(vb);
        Py_DECREF(obj);
        return NULL;
    }
    PyTuple_SET_ITEM(t, 0, obj);
    PyTuple_SET_ITEM(t, 1, va);
    PyTuple_SET_ITEM(t, 2, vb);
    return t;
}

/* flat_line(raw) -> (text, chars, punct) | None: dom._flush's line of an inline text run: text = " ".join(raw.split())
   (None when raw holds no word), chars its characters other than the joining spaces, punct its sentence marks as
   dom._PUNCT_ANY finds them (a full-width mark of dom._PUNCT_CJK, or one of .,;:!? followed by a space, the end or
   one of "')] -- in the joined text, where the only white space is a plain space). White space is str.split's
   (Py_UNICODE_ISSPACE). raw itself comes back as the text when it is already so joined. */
static PyObject *flat_line(PyObject *self, PyObject *arg) {
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "flat_line: not a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    const int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    Py_ssize_t out_len = 0, words = 0, punct = 0;
    Py_UCS4 maxchar = 0;
    int in_word = 0, pend = 0, other = 0; /* other: white space other than one plain space between two words */
#define FLAT_COUNT(T)                                                                                  \
    do {                                                                                               \
        const T *t = data;                                                                             \
        for (Py_ssize_t i = 0; i < n; i++) {                                                           \
            const Py_UCS4 c = t[i];                                                                    \
            if (Py_UNICODE_ISSPACE(c)) {                                                               \
                if (in_word) {                                                                         \
                    punct += pend;                                                                     \
                    pend = in_word = 0;                                                                \
                    if (c != 0x20) other = 1;                                                          \
                } else {                                                                               \
                    other = 1; /* (leading, or a second in a row) */                                   \
                }                                                                                      \
                continue;                                                                              \
            }                                                                                          \
            if (!in_word) {                                                                            \
                out_len += words > 0; /* the joining space */                                          \
                words++;                                                                               \
                in_word = 1;                                                                           \
            }                                                                                          \
            out_len++;                                                                                 \
            if (c > maxchar) maxchar = c;                                                              \
            if (pend && (c == '"' || c == '\'' || c == ')' || c == ']')) punct++;                      \
            pend = ascii_mark(c);                                                                      \
            punct += cjk_mark(c);                                                                      \
        }                                                                                              \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) FLAT_COUNT(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) FLAT_COUNT(Py_UCS2);
    else FLAT_COUNT(Py_UCS4);
#undef FLAT_COUNT
    if (!words) Py_RETURN_NONE;
    if (in_word) punct += pend;
    else other = 1; /* (trailing white space) */
    const Py_ssize_t chars = out_len - (words - 1);
    if (!other && out_len == n) {
        Py_INCREF(arg);
        return triple_n(arg, chars, punct);
    }
    PyObject *text = PyUnicode_New(out_len, maxchar < 0x20 ? 0x20 : maxchar);
    if (!text) return NULL;
    const int okind = PyUnicode_KIND(text);
    void *odata = PyUnicode_DATA(text);
    Py_ssize_t j = 0;
    in_word = 0;
#define FLAT_WRITE(T)                                                                                  \
    do {                                                                                               \
        const T *t = data;                                                                             \
        for (Py_ssize_t i = 0; i < n; i++) {                                                           \
            const Py_UCS4 c = t[i];                                                                    \
            if (Py_UNICODE_ISSPACE(c)) {                                                               \
                in_word = 0;                                                                           \
                continue;                                                                              \
            }                                                                                          \
            if (!in_word) {                                                                            \
                if (j) PyUnicode_WRITE(okind, odata, j++, 0x20);                                       \
                in_word = 1;                                                                           \
            }                                                                                          \
            PyUnicode_WRITE(okind, odata, j++, c);                                                     \
        }                                                                                              \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) FLAT_WRITE(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) FLAT_WRITE(Py_UCS2);
    else FLAT_WRITE(Py_UCS4);
#undef FLAT_WRITE
    return triple_n(text, chars, punct);
}

/* The "<" and "=" bytes of d[0:n] and its "</" pairs: counted in runs of 255 bytes into byte-wide sums (each at
   most 255), which the compiler turns into vector compares (≈ 10 GB/s, where 64-bit sums run at ≈ 1.5). */
static void count_marks(const unsigned char *restrict d, Py_ssize_t n, Py_ssize_t *lt, Py_ssize_t *eq,
                        Py_ssize_t *closes) {
    Py_ssize_t a = 0, e = 0, c = 0;
#if defined(__SSE2__) && defined(__x86_64__)
    Py_ssize_t q = 0;
    /* one pass, 16 bytes a step, where the plain loops below take two (≈ 2 instructions a byte between them): byte
       lanes count up to 255 steps, then are summed (_mm_sad_epu8). A step reads d[q:q + 17] (its pairs' second
       bytes), so it runs while q + 17 <= n; the plain loops take the rest. */
    const __m128i vlt = _mm_set1_epi8('<'), veq = _mm_set1_epi8('='), vsl = _mm_set1_epi8('/');
    const __m128i zero = _mm_setzero_si128();
    while (q + 17 <= n) {
        __m128i sa = zero, se = zero, sc = zero;
        for (int k = 0; k < 255 && q + 17 <= n; k++, q += 16) {
            const __m128i v = _mm_loadu_si128((const __m128i *)(d + q));
            const __m128i w = _mm_loadu_si128((const __m128i *)(d + q + 1));
            const __m128i l = _mm_cmpeq_epi8(v, vlt);
            sa = _mm_sub_epi8(sa, l);
            se = _mm_sub_epi8(se, _mm_cmpeq_epi8(v, veq));
            sc = _mm_sub_epi8(sc, _mm_and_si128(l, _mm_cmpeq_epi8(w, vsl)));
        }
        sa = _mm_sad_epu8(sa, zero);
        se = _mm_sad_epu8(se, zero);
        sc = _mm_sad_epu8(sc, zero);
        a += _mm_cvtsi128_si64(sa) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sa, sa));
        e += _mm_cvtsi128_si64(se) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(se, se));
        c += _mm_cvtsi128_si64(sc) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sc, sc));
    }
    d += q;
    n -= q;
#endif
    for (Py_ssize_t k = 0; k < n; k += 255) {
        const Py_ssize_t m = n - k < 255 ? n - k : 255;
        const unsigned char *restrict p = d + k;
        unsigned char a8 = 0, e8 = 0;
        for (Py_ssize_t q = 0; q < m; q++) {
            a8 += p[q] == 60;
            e8 += p[q] == 61;
        }
        a += a8;
        e += e8;
    }
    for (Py_ssize_t k = 0; k + 1 < n; k += 255) {
        const Py_ssize_t m = n - 1 - k < 255 ? n - 1 - k : 255; /* pairs (p[q], p[q + 1]) inside d[0:n] */
        const unsigned char *restrict p = d + k;
        unsigned char c8 = 0;
        for (Py_ssize_t q = 0; q < m; q++) c8 += (p[q] == 60) & (p[q + 1] == 47);
        c += c8;
    }
    *lt = a;
    *eq = e;
    *closes = c;
}

/* page_marks(data, chunk, bare) -> (equals, lt, closes, stretches, lt_free): the byte counts of the extraction's
   guard (extraction._guard, _maybe_deep, _long_tag) in one call over a page's UTF-8 bytes: the number of "=" bytes;
   per chunk of `chunk` bytes, its "<" bytes and its "</" pairs wholly inside it; the aligned stretches of `bare`
   bytes (the whole ones) holding no "<" or no ">", ascending, and those of them holding no "<". */
static PyObject *page_marks(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer vd = {0};
    Py_ssize_t chunk, bare;
    PyObject *lt = NULL, *closes = NULL, *stretches = NULL, *lt_free = NULL, *out = NULL;
    if (!PyArg_ParseTuple(args, "y*nn", &vd, &chunk, &bare)) return NULL;
    if (chunk < 2 || bare < 1) {
        PyErr_SetString(PyExc_ValueError, "page_marks: chunk < 2 or bare < 1");
        goto done;
    }
    const unsigned char *d = vd.buf;
    const Py_ssize_t n = vd.len;
    lt = PyList_New(0);
    closes = PyList_New(0);
    stretches = PyList_New(0);
    lt_free = PyList_New(0);
    if (!lt || !closes || !stretches || !lt_free) goto done;
    Py_ssize_t equals = 0;
    for (Py_ssize_t i = 0; i < n; i += chunk) {
        const Py_ssize_t j = i + chunk < n ? i + chunk : n;
        Py_ssize_t a = 0, e = 0, c = 0;
        count_marks(d + i, j - i, &a, &e, &c);
        equals += e;
        PyObject *va = PyLong_FromSsize_t(a), *vc = PyLong_FromSsize_t(c);
        const int bad = !va || !vc || PyList_Append(lt, va) < 0 || PyList_Append(closes, vc) < 0;
        Py_XDECREF(va);
        Py_XDECREF(vc);
        if (bad) goto done;
    }
    for (Py_ssize_t k = 0; k < n / bare; k++) {
        const unsigned char *at = d + k * bare;
        const int no_lt = memchr(at, '<', (size_t)bare) == NULL, no_gt = memchr(at, '>', (size_t)bare) == NULL;
        if (!no_lt && !no_gt) continue;
        PyObject *vk = PyLong_FromSsize_t(k);
        const int bad = !vk || PyList_Append(stretches, vk) < 0 || (no_lt && PyList_Append(lt_free, vk) < 0);
        Py_XDECREF(vk);
        if (bad) goto done;
    }
    out = Py_BuildValue("(nOOOO)", equals, lt, closes, stretches, lt_free);
done:
    Py_XDECREF(lt);
    Py_XDECREF(closes);
    Py_XDECREF(stretches);
    Py_XDECREF(lt_free);
    PyBuffer_Release(&vd);
    return out;
}

/* utf8_ignore(text) -> bytes: text.encode("utf-8", "ignore") (lone surrogates left out), with runs of ASCII
   characters in a UCS-2 or UCS-4 string narrowed 16 at a time (the page the extraction hands to its parser: most of
   an HTML page is ASCII markup, which CPython's encoder takes one character at a time). */

/* ascii_run_N(t, n, o): the characters of t[0:n] copied to o as bytes, 16 at a time, while each 16 are all ASCII; how
   many were copied (a multiple of 16). With SSE2 (every x86-64) one test and one pack per 16 characters, where the
   plain loops, which the compiler leaves scalar, cost ≈ 5 instructions a character. */
#define ASCII_RUN_PLAIN(T)                                                                             \
    do {                                                                                               \
        while (i + 16 <= n) {                                                                          \
            Py_UCS4 any = 0;                                                                           \
            for (int q = 0; q < 16; q++) any |= t[i + q];                                              \
            if (any >= 0x80) break;                                                                    \
            for (int q = 0; q < 16; q++) o[i + q] = (unsigned char)t[i + q];                           \
            i += 16;                                                                                   \
        }                                                                                              \
    } while (0)

static inline Py_ssize_t ascii_run_1(const Py_UCS1 *restrict t, Py_ssize_t n, unsigned char *restrict o) {
    Py_ssize_t i = 0;
#if defined(__SSE2__)
    while (i + 16 <= n) {
        const __m128i a = _mm_loadu_si128((const __m128i *)(t + i));
        if (_mm_movemask_epi8(a)) break; /* a byte >= 0x80 */
        _mm_storeu_si128((__m128i *)(o + i), a);
        i += 16;
    }
#else
    ASCII_RUN_PLAIN(Py_UCS1);
#endif
    return i;
}

static inline Py_ssize_t ascii_run_2(const Py_UCS2 *restrict t, Py_ssize_t n, unsigned char *restrict o) {
    Py_ssize_t i = 0;
#if defined(__SSE2__)
    const __m128i high = _mm_set1_epi16((short)0xff80), zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        const __m128i a = _mm_loadu_si128((const __m128i *)(t + i));
        const __m128i b = _mm_loadu_si128((const __m128i *)(t + i + 8));
        const __m128i any = _mm_and_si128(_mm_or_si128(a, b), high);
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(any, zero)) != 0xffff) break;
        _mm_storeu_si128((__m128i *)(o + i), _mm_packus_epi16(a, b)); /* (each below 0x80: no saturation) */
        i += 16;
    }
#else
    ASCII_RUN_PLAIN(Py_UCS2);
#endif
    return i;
}

static inline Py_ssize_t ascii_run_4(const Py_UCS4 *restrict t, Py_ssize_t n, unsigned char *restrict o) {
    Py_ssize_t i = 0;
#if defined(__SSE2__)
    const __m128i high = _mm_set1_epi32((int)0xffffff80), zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        const __m128i a = _mm_loadu_si128((const __m128i *)(t + i));
        const __m128i b = _mm_loadu_si128((const __m128i *)(t + i + 4));
        const __m128i c = _mm_loadu_si128((const __m128i *)(t + i + 8));
        const __m128i d = _mm_loadu_si128((const __m128i *)(t + i + 12));
        const __m128i any = _mm_and_si128(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d)), high);
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(any, zero)) != 0xffff) break;
        const __m128i ab = _mm_packs_epi32(a, b), cd = _mm_packs_epi32(c, d);
        _mm_storeu_si128((__m128i *)(o + i), _mm_packus_epi16(ab, cd));
        i += 16;
    }
#else
    ASCII_RUN_PLAIN(Py_UCS4);
#endif
    return i;
}
#undef ASCII_RUN_PLAIN

#define UTF8_LOOP(T, RUN)                                                                              \
    do {                                                                                               \
        const T *restrict t = data;                                                                    \
        Py_ssize_t i = 0;                                                                              \
        while (i < n) {                                                                                \
            const Py_ssize_t run = RUN(t + i, n - i, o);                                               \
            o += run;                                                                                  \
            i += run;                                                                                  \
            if (i >= n) break;                                                                         \
            const Py_UCS4 c = t[i++];                                                                  \
            if (c < 0x80) {                                                                            \
                *o++ = (unsigned char)c;                                                               \
            } else if (c < 0x800) {                                                                    \
                *o++ = (unsigned char)(0xc0 | (c >> 6));                                               \
                *o++ = (unsigned char)(0x80 | (c & 0x3f));                                             \
            } else if (c < 0x10000) {                                                                  \
                if (c >= 0xd800 && c < 0xe000) continue; /* a lone surrogate: ignored */               \
                *o++ = (unsigned char)(0xe0 | (c >> 12));                                              \
                *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3f));                                      \
                *o++ = (unsigned char)(0x80 | (c & 0x3f));                                             \
            } else {                                                                                   \
                *o++ = (unsigned char)(0xf0 | (c >> 18));                                              \
                *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3f));                                     \
                *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3f));                                      \
                *o++ = (unsigned char)(0x80 | (c & 0x3f));                                             \
            }                                                                                          \
        }                                                                                              \
    } while (0)

static PyObject *utf8_ignore(PyObject *self, PyObject *arg) {
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "utf8_ignore: not a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    if (PyUnicode_IS_ASCII(arg)) return PyBytes_FromStringAndSize(PyUnicode_DATA(arg), n);
    const int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    const Py_ssize_t width = kind == PyUnicode_1BYTE_KIND ? 2 : kind == PyUnicode_2BYTE_KIND ? 3 : 4;
    if (n > PY_SSIZE_T_MAX / width) return PyErr_NoMemory();
    PyObject *out = PyBytes_FromStringAndSize(NULL, n * width);
    if (!out) return NULL;
    unsigned char *const start = (unsigned char *)PyBytes_AS_STRING(out);
    unsigned char *o = start;
    if (kind == PyUnicode_1BYTE_KIND) UTF8_LOOP(Py_UCS1, ascii_run_1);
    else if (kind == PyUnicode_2BYTE_KIND) UTF8_LOOP(Py_UCS2, ascii_run_2);
    else UTF8_LOOP(Py_UCS4, ascii_run_4);
    if (_PyBytes_Resize(&out, o - start) < 0) return NULL;
    return out;
}
#undef UTF8_LOOP

/* cjk_gaps(text) -> str: normalize.close_cjk_gaps in one loop (the same string, the text itself when it holds no
   gap). A gap: a run of spaces, tabs, U+3000 and line breaks, at most one line break among them, between two
   ideographs (U+3400-U+4DBF, U+4E00-U+9FFF); each run of ideographs and gaps is written without its gaps, then the
   gaps' characters, in order. The regex engine's search, a character set tried at every place, was ≈ 5 % of the
   pipeline's CPU on the speed corpus (hard-wrapped Chinese). */
static inline int gap_ideograph(Py_UCS4 c) { return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF); }
static inline int gap_blank(Py_UCS4 c) { return c == ' ' || c == '\t' || c == 0x3000; }

static PyObject *cjk_gaps(PyObject *self, PyObject *arg) {
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "cjk_gaps: a str");
        return NULL;
    }
    const Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    const int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    if (kind == PyUnicode_1BYTE_KIND || n < 3) return Py_NewRef(arg); /* (no ideograph, or no room for a gap) */
    Py_ssize_t *gaps = NULL, ng = 0, cap = 0; /* (start, end) of each gap */
    for (Py_ssize_t i = 1; i < n;) {
        const Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (!(gap_blank(c) || c == '\n') || !gap_ideograph(PyUnicode_READ(kind, data, i - 1))) {
            i++;
            continue;
        }
        Py_ssize_t j = i, breaks = 0;
        for (; j < n; j++) {
            const Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (d == '\n') breaks++;
            else if (!gap_blank(d)) break;
        }
        if (j < n && breaks <= 1 && gap_ideograph(PyUnicode_READ(kind, data, j))) {
            if (ng + 1 > cap) {
                cap = cap ? 2 * cap : 64;
                Py_ssize_t *g = realloc(gaps, sizeof(Py_ssize_t) * 2 * (size_t)cap);
                if (!g) {
                    free(gaps);
                    return PyErr_NoMemory();
                }
                gaps = g;
            }
            gaps[2 * ng] = i;
            gaps[2 * ng + 1] = j;
            ng++;
        }
        i = j + 1; /* (text[j] is no gap's first character) */
    }
    if (!ng) {
        free(gaps);
        return Py_NewRef(arg);
    }
    PyObject *out = PyUnicode_New(n, PyUnicode_MAX_CHAR_VALUE(arg));
    if (!out) {
        free(gaps);
        return NULL;
    }
    char *const o = PyUnicode_DATA(out);
    const char *const t = data;
    Py_ssize_t w = 0, at = 0, end = -1, held = 0; /* (text[:at] written; held: the first gap of the run being read) */
#define GAP_COPY(a, b)                                                              \
    do {                                                                            \
        memcpy(o + (size_t)w * kind, t + (size_t)(a) * kind, (size_t)((b) - (a)) * kind); \
        w += (b) - (a);                                                             \
    } while (0)
    for (Py_ssize_t g = 0; g < ng; g++) {
        const Py_ssize_t s = gaps[2 * g], e = gaps[2 * g + 1];
        if (g > held && s > end) { /* (a new run: the last one's end, then its gaps) */
            GAP_COPY(at, end);
            for (Py_ssize_t h = held; h < g; h++) GAP_COPY(gaps[2 * h], gaps[2 * h + 1]);
            held = g;
            at = end;
        }
        GAP_COPY(at, s);
        at = e;
        for (end = e; end < n && gap_ideograph(PyUnicode_READ(kind, data, end)); end++) {
        }
    }
    GAP_COPY(at, end);
    for (Py_ssize_t h = held; h < ng; h++) GAP_COPY(gaps[2 * h], gaps[2 * h + 1]);
    GAP_COPY(end, n);
#undef GAP_COPY
    free(gaps);
    if (w != n) { /* (never: every character is written once) */
        Py_DECREF(out);
        PyErr_SetString(PyExc_RuntimeError, "cjk_gaps: the text changed length");
        return NULL;
    }
    return out;
}

static PyMethodDef methods[] = {
    {"tail", tail, METH_VARARGS, "Hashes, MinHash, keys and evidence of a batch's tokens (see the module source)."},
    {"bounds", bounds, METH_VARARGS, "Token bounds of a batch of folded texts (see the module source)."},
    {"lengths", lengths, METH_O, "len() of every item of a list or tuple, as int64."},
    {"lines_of", lines_of, METH_VARARGS, "The lines of a batch's folded texts, as str (see the module source)."},
    {"split_cut", split_cut, METH_VARARGS, "One call's tokens, line by line (see the module source)."},
    {"gather", gather, METH_VARARGS, "The lines' token lengths, text by text (see the module source)."},
    {"code_blocks", code_blocks, METH_VARARGS, "normalize.code_blocks of several texts (see the module source)."},
    {"code_lines", code_lines, METH_O, "The lines holding code characters, with their counts (see the module source)."},
    {"line_keys", line_keys, METH_VARARGS, "siterepeat.line_keys of several texts (see the module source)."},
    {"distinct32", distinct32, METH_O, "Sorted distinct uint32 values (see the module source)."},
    {"members32", members32, METH_VARARGS, "Which values are in a sorted distinct array (see the module source)."},
    {"common32", common32, METH_VARARGS, "How many values two sorted distinct arrays share (see the module source)."},
    {"increasing_path", increasing_path, METH_O, "A longest strictly increasing subsequence (see the module source)."},
    {"in_order_path", in_order_path, METH_VARARGS, "verify._in_order_path (see the module source)."},
    {"off_path", off_path, METH_VARARGS, "verify._off_path (see the module source)."},
    {"common_places", common_places, METH_VARARGS, "chars_deleted's grams of common words (see the module source)."},
    {"miss_runs", miss_runs, METH_O, "The inner runs of misses of a flag string (see the module source)."},
    {"fold_text", fold_text, METH_VARARGS, "normalize.code_points and fold_code_points in one (see the module source)."},
    {"cjk_texts", cjk_texts, METH_VARARGS, "Which texts hold a CJK ideograph (see the module source)."},
    {"char_evidence", char_evidence, METH_VARARGS, "Character grams cut to evidence, per text (see the module source)."},
    {"fresh_lines", fresh_lines, METH_VARARGS, "The distinct lines not in a cache, in order (see the module source)."},
    {"sentences", sentences, METH_O, "merge._sentences of a text (see the module source)."},
    {"sentence_pairs", sentence_pairs, METH_VARARGS, "merge._pairs of a copy's sentences (see the module source)."},
    {"dirty_at", dirty_at, METH_O, "Where textclean.normalize_text has something to do (see the module source)."},
    {"squeeze_from", squeeze_from, METH_VARARGS, "normalize_text's fold from a place on (see the module source)."},
    {"count_marked", count_marked, METH_VARARGS, "How many characters of a str a bit set marks (see the module source)."},
    {"glue_lines", glue_lines, METH_O, "Which lines hold a glue character (see the module source)."},
    {"spaces_plain", spaces_plain, METH_O, "Does document.fold_spaces only make line breaks spaces? (see the source)"},
    {"jieba_load", jieba_load, METH_O, "The dictionary of jieba_pieces (see the module source)."},
    {"jieba_lines", jieba_lines, METH_VARARGS, "The line memory's cut of a batch's folded lines (see the module source)."},
    {"jieba_memory", jieba_memory, METH_NOARGS, "Lines and characters jieba_lines remembers (see the module source)."},
    {"jieba_pieces", jieba_pieces, METH_O, "jieba's cut without HMM, as token lengths per line (see the module source)."},
    {"utf8_ignore", utf8_ignore, METH_O, "text.encode('utf-8', 'ignore'), ASCII runs 16 at a time (see the source)."},
    {"page_marks", page_marks, METH_VARARGS, "The byte counts of the extraction's page guard (see the source)."},
    {"cjk_gaps", cjk_gaps, METH_O, "normalize.close_cjk_gaps in one loop (see the module source)."},
    {"flat_line", flat_line, METH_O, "dom._flush's line of a text run, its characters and marks (see the source)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_sketch", "Compiled sketch kernel.", -1, methods};

PyMODINIT_FUNC PyInit__sketch(void) { return PyModule_Create(&module); }
