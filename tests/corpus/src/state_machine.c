/* A hand-written lexer state machine: a tokenizer for a tiny
 * expression language (numbers, identifiers, operators, strings with escapes),
 * and a recursive-descent evaluator over the produced tokens. */
#include <stdio.h>
#include <string.h>

enum Tok { T_NUM, T_IDENT, T_OP, T_STR, T_END, T_ERR };
struct Token { enum Tok kind; long num; char text[24]; };

static int lex(const char *src, struct Token *out, int max) {
    int n = 0;
    const char *p = src;
    while (n < max - 1) {
        while (*p == ' ') p++;
        struct Token *t = &out[n];
        memset(t, 0, sizeof *t);
        if (!*p) { t->kind = T_END; return n + 1; }
        if (*p >= '0' && *p <= '9') {
            t->kind = T_NUM;
            while (*p >= '0' && *p <= '9') t->num = t->num * 10 + (*p++ - '0');
        } else if ((*p >= 'a' && *p <= 'z') || *p == '_') {
            t->kind = T_IDENT;
            int k = 0;
            while (((*p >= 'a' && *p <= 'z') || *p == '_' || (*p >= '0' && *p <= '9')) && k < 23)
                t->text[k++] = *p++;
        } else if (*p == '"') {
            t->kind = T_STR;
            int k = 0;
            p++;
            while (*p && *p != '"' && k < 23) {
                if (*p == '\\' && p[1]) { p++; t->text[k++] = *p == 'n' ? '|' : *p; p++; }
                else t->text[k++] = *p++;
            }
            if (*p != '"') { t->kind = T_ERR; return n + 1; }
            p++;
        } else if (strchr("+-*/()", *p)) {
            t->kind = T_OP;
            t->text[0] = *p++;
        } else {
            t->kind = T_ERR;
            t->text[0] = *p;
            return n + 1;
        }
        n++;
    }
    out[n].kind = T_END;
    return n + 1;
}

static const struct Token *cur;
static long expr(void);
static long lookup(const char *name) { return (long)strlen(name) * 10; }
static long primary(void) {
    const struct Token *t = cur++;
    if (t->kind == T_NUM) return t->num;
    if (t->kind == T_IDENT) return lookup(t->text);
    if (t->kind == T_STR) return (long)strlen(t->text);
    if (t->kind == T_OP && t->text[0] == '-') return -primary();
    if (t->kind == T_OP && t->text[0] == '(') { long v = expr(); cur++; return v; }
    return 0;
}
static long term(void) {
    long v = primary();
    while (cur->kind == T_OP && (cur->text[0] == '*' || cur->text[0] == '/')) {
        char op = (cur++)->text[0];
        long r = primary();
        v = op == '*' ? v * r : (r ? v / r : 0);
    }
    return v;
}
static long expr(void) {
    long v = term();
    while (cur->kind == T_OP && (cur->text[0] == '+' || cur->text[0] == '-')) {
        char op = (cur++)->text[0];
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

int main(void) {
    static const char *const inputs[] = {
        "1 + 2 * 3", "(1 + 2) * 3", "abc * 2 - \"hi\\n\"", "-(4 - 10) * -2 / 3",
        "x_1 + 100 / (7 - 2)", "12 $ 4", "\"unterminated",
    };
    static const char *const kinds[] = {"num", "ident", "op", "str", "end", "err"};
    for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        struct Token toks[32];
        int n = lex(inputs[i], toks, 32);
        printf("%-24s ->", inputs[i]);
        for (int k = 0; k < n; k++) {
            printf(" %s", kinds[toks[k].kind]);
            if (toks[k].kind == T_NUM) printf("(%ld)", toks[k].num);
            else if (toks[k].kind != T_END) printf("(%s)", toks[k].text);
        }
        if (toks[n - 1].kind == T_ERR) { printf(" => error\n"); continue; }
        cur = toks;
        printf(" => %ld\n", expr());
    }
    return 0;
}
