// Runs Jsonnet's own test suite (`test_suite/` of the jsonnet sources) in one process, with the
// rules of its `run_tests.sh` and `run_fmt_tests.sh`, through the C API the `jsonnet` and
// `jsonnetfmt` programs use:
//
// - evaluation: every `test_suite/*.jsonnet` with `--ext-str var1=test --ext-code var2={x:1,y:2}`
//   (as top-level arguments for `tla.*` files); its output (the JSON, or the error message, after
//   whatever `std.trace` wrote to stderr) must equal `NAME.golden`, or `true` when there is none,
//   and a file named `error.*` must fail while every other one succeeds;
// - formatting: every file the script formats (but `error.parse.*`) must come out as
//   `NAME.fmt.golden`, or unchanged when there is none.
//
// One process instead of one `jsonnet` per file, because the program under test is compiled
// again for every process. Each line printed names a test, its verdict and a hash of its output,
// so a run that differs from the native one shows where; the exit code is 1 if any test failed.
//
// Usage: driver JSONNET_SOURCE_DIR [STRIDE]
// JSONNET_SOURCE_DIR holds `test_suite/`. With a STRIDE only every STRIDE-th file of each list
// runs (the first, the STRIDE+1-th, ...): every evaluation parses the standard library anew,
// which at -O0 or under QEMU makes the whole suite take a minute or more.

#include <dirent.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" {
#include "libjsonnet.h"
#include "libjsonnet_fmt.h"
}

namespace {

// The `.jsonnet` files in `dir`, sorted by name and spelled `dir/name` (just `name` for `.`), as
// the shell's glob gives them to the scripts.
std::vector<std::string> jsonnet_files(const std::string &dir)
{
    std::vector<std::string> names;
    DIR *d = opendir(dir.c_str());
    if (d == nullptr)
        throw std::runtime_error("cannot list " + dir);
    while (const dirent *e = readdir(d)) {
        std::string name = e->d_name;
        const std::string ext = ".jsonnet";
        if (name.size() > ext.size() &&
            name.compare(name.size() - ext.size(), ext.size(), ext) == 0)
            names.push_back(dir == "." ? name : dir + "/" + name);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

bool read_file(const std::string &path, std::string *out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream text;
    text << in.rdbuf();
    *out = text.str();
    return true;
}

bool starts_with(const std::string &s, const char *prefix)
{
    return s.compare(0, std::char_traits<char>::length(prefix), prefix) == 0;
}

// What `$(...)` keeps of a command's output: trailing newlines go.
std::string chomp(std::string s)
{
    while (!s.empty() && s.back() == '\n')
        s.pop_back();
    return s;
}

// The scripts' `sed 's/\tstd\.jsonnet:[0-9]*:[0-9-]*/\tstd.jsonnet:<stdlib_position_redacted>/'`:
// the first stdlib position on each line is hidden, so stack traces through the standard
// library do not depend on its line numbers.
std::string redact_stdlib_positions(const std::string &text)
{
    const std::string marker = "\tstd.jsonnet:";
    std::string out;
    size_t line_start = 0;
    while (line_start <= text.size()) {
        size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos)
            line_end = text.size();
        std::string line = text.substr(line_start, line_end - line_start);
        for (size_t at = line.find(marker); at != std::string::npos;
             at = line.find(marker, at + 1)) {
            size_t p = at + marker.size();
            while (p < line.size() && isdigit(static_cast<unsigned char>(line[p])))
                p++;
            if (p == line.size() || line[p] != ':')
                continue;
            p++;
            while (p < line.size() &&
                   (isdigit(static_cast<unsigned char>(line[p])) || line[p] == '-'))
                p++;
            line.replace(at, p - at, marker + "<stdlib_position_redacted>");
            break;
        }
        out += line;
        if (line_end == text.size())
            break;
        out += '\n';
        line_start = line_end + 1;
    }
    return out;
}

// FNV-1a, to show in one word which output a test produced.
uint32_t fnv1a(const std::string &s)
{
    uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

// What one `jsonnet` or `jsonnetfmt` run would have printed (stderr merged, as `2>&1` does) and
// whether it would have failed.
struct Run {
    bool failed;
    std::string output;
};

// Evaluates `file` as `jsonnet` would with the suite's parameters. `std.trace` writes to
// `std::cerr`, so it is captured by swapping the stream's buffer for the evaluation.
Run evaluate(const std::string &file, const std::string &source)
{
    JsonnetVm *vm = jsonnet_make();
    if (starts_with(file, "tla.")) {
        jsonnet_tla_var(vm, "var1", "test");
        jsonnet_tla_code(vm, "var2", "{x:1,y:2}");
    } else {
        jsonnet_ext_var(vm, "var1", "test");
        jsonnet_ext_code(vm, "var2", "{x:1,y:2}");
    }
    std::ostringstream traces;
    std::streambuf *saved = std::cerr.rdbuf(traces.rdbuf());
    int error = 0;
    char *result = jsonnet_evaluate_snippet(vm, file.c_str(), source.c_str(), &error);
    std::cerr.rdbuf(saved);
    Run run{error != 0, traces.str() + result};
    jsonnet_realloc(vm, result, 0);
    jsonnet_destroy(vm);
    return run;
}

Run format(const std::string &file, const std::string &source)
{
    JsonnetVm *vm = jsonnet_make();
    int error = 0;
    char *result = jsonnet_fmt_snippet(vm, file.c_str(), source.c_str(), &error);
    Run run{error != 0, result};
    jsonnet_realloc(vm, result, 0);
    jsonnet_destroy(vm);
    return run;
}

struct Tally {
    int passed = 0;
    int failed = 0;
};

// Judges one run as `test_eval` in `tests.source` does and prints the verdict.
void judge(const char *kind, const std::string &file, const Run &run, bool expect_failure,
           const std::string &golden, Tally *tally)
{
    const std::string got = chomp(redact_stdlib_positions(chomp(run.output)));
    const std::string want = chomp(golden);
    std::string verdict = "ok";
    if (run.failed != expect_failure)
        verdict = run.failed ? "FAILED (exit code 1, expected 0)"
                             : "FAILED (exit code 0, expected 1)";
    else if (got != want)
        verdict = "FAILED (output mismatch)";
    printf("%s %s: %s, %zu bytes, hash %08x\n", kind, file.c_str(), verdict.c_str(), got.size(),
           fnv1a(got));
    if (verdict == "ok") {
        tally->passed++;
        return;
    }
    tally->failed++;
    printf("--- got:\n%s\n--- expected:\n%s\n---\n", got.c_str(), want.c_str());
}

// Every `stride`-th of `files`, from the first.
std::vector<std::string> sample(const std::vector<std::string> &files, size_t stride)
{
    std::vector<std::string> kept;
    for (size_t i = 0; i < files.size(); i += stride)
        kept.push_back(files[i]);
    return kept;
}

void run_eval_tests(size_t stride, Tally *tally)
{
    for (const std::string &file : sample(jsonnet_files("."), stride)) {
        std::string source, golden = "true";
        if (!read_file(file, &source))
            throw std::runtime_error("cannot read " + file);
        read_file(file + ".golden", &golden);
        judge("eval", file, evaluate(file, source), starts_with(file, "error."), golden, tally);
    }
}

void run_fmt_tests(size_t stride, Tally *tally)
{
    std::vector<std::string> files;
    // The directories `run_fmt_tests.sh` formats.
    for (const char *dir :
         {".", "../examples", "../examples/terraform", "../benchmarks", "../gc_stress"}) {
        std::vector<std::string> more = jsonnet_files(dir);
        files.insert(files.end(), more.begin(), more.end());
    }
    for (const std::string &file : sample(files, stride)) {
        if (starts_with(file, "error.parse."))
            continue;
        std::string source, golden;
        if (!read_file(file, &source))
            throw std::runtime_error("cannot read " + file);
        if (!read_file(file + ".fmt.golden", &golden))
            golden = source;
        judge("fmt", file, format(file, source), false, golden, tally);
    }
}

}  // namespace

int main(int argc, char **argv)
{
    long stride = argc == 3 ? strtol(argv[2], nullptr, 10) : 1;
    if (argc < 2 || argc > 3 || stride < 1) {
        fprintf(stderr, "usage: %s JSONNET_SOURCE_DIR [STRIDE]\n", argv[0]);
        return 2;
    }
    const std::string suite = std::string(argv[1]) + "/test_suite";
    if (chdir(suite.c_str()) != 0) {
        perror(suite.c_str());
        return 2;
    }
    printf("jsonnet %s\n", jsonnet_version());
    Tally eval, fmt;
    try {
        run_eval_tests(static_cast<size_t>(stride), &eval);
        run_fmt_tests(static_cast<size_t>(stride), &fmt);
    } catch (const std::exception &e) {
        printf("driver error: %s\n", e.what());
        return 2;
    }
    printf("evaluation: %d passed, %d failed\n", eval.passed, eval.failed);
    printf("formatting: %d passed, %d failed\n", fmt.passed, fmt.failed);
    return eval.failed + fmt.failed == 0 ? 0 : 1;
}
