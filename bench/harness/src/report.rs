//! Renders `docs/benchmarks.md` and its SVG charts (`docs/bench/*.svg`) from [`Results`].
//! Every number on the page comes from the results; the targets are the goals.

use crate::results::*;
use plotters::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// Human labels of engine and command ids.
fn label(id: &str) -> String {
    match id {
        "ours-O0" => "ours O0".into(),
        "ours-O1" => "ours O1".into(),
        "ours-O2" => "ours O2".into(),
        "ours-O3" => "ours O3".into(),
        "ours-section" => "ours, section MM".into(),
        "ours-pool" => "ours, pool MM".into(),
        "ours-huge" => "ours, huge MM".into(),
        "mcjit-O0" => "MCJIT -O0".into(),
        "mcjit-O2" => "MCJIT -O2".into(),
        "orc-O0" => "ORC LLJIT -O0".into(),
        "orc-O2" => "ORC LLJIT -O2".into(),
        "cranelift-none" => "Cranelift none".into(),
        "cranelift-speed" => "Cranelift speed".into(),
        "llvm-section" => "LLVM SectionMemoryManager".into(),
        "native" => "native clang -O2".into(),
        other => other.to_string(),
    }
}

/// Seconds as a short human figure.
fn secs(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

fn bytes(b: f64) -> String {
    if b >= 1024.0 * 1024.0 {
        format!("{:.1} MiB", b / 1024.0 / 1024.0)
    } else if b >= 1024.0 {
        format!("{:.1} KiB", b / 1024.0)
    } else {
        format!("{b:.0} B")
    }
}

fn ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.0}×")
    } else {
        format!("{r:.2}×")
    }
}

/// `median (min–max)` or `—`.
fn cell(o: Option<&Outcome>) -> String {
    match o {
        Some(Outcome::Measured(s)) if s.runs > 1 => {
            format!("{} ({}–{})", secs(s.median), secs(s.min), secs(s.max))
        }
        Some(Outcome::Measured(s)) => secs(s.median),
        Some(Outcome::NotMeasured(_)) => "not measured".into(),
        None => "—".into(),
    }
}

fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp())
}

/// Peer/ours per item where both were measured: how many times faster we are.
fn speedups<'a>(
    rows: impl Iterator<Item = &'a BTreeMap<String, Outcome>>,
    ours: &str,
    peer: &str,
) -> Vec<f64> {
    rows.filter_map(|r| Some(r.get(peer)?.median()? / r.get(ours)?.median()?))
        .filter(|v| v.is_finite() && *v > 0.0)
        .collect()
}

/// A target line: what was asked, what was measured, and by how much it is missed.
struct Target {
    goal: String,
    measured: String,
    verdict: String,
}

fn speedup_target(goal: &str, want: f64, got: Option<f64>, what: &str) -> Target {
    match got {
        None => Target {
            goal: goal.into(),
            measured: "not measured".into(),
            verdict: "unknown".into(),
        },
        Some(g) => Target {
            goal: goal.into(),
            measured: format!("{} ({what})", ratio(g)),
            verdict: if g >= want {
                "met".into()
            } else {
                format!("missed by {}", ratio(want / g))
            },
        },
    }
}

/// Our kernel time at OptLevel 2: the `ours-O2` cell, or the lower level whose code it
/// equals (levels with byte-identical code are measured once, at the lowest).
fn ours_o2(results: &BTreeMap<String, Outcome>) -> Option<f64> {
    ["ours-O2", "ours-O1"]
        .iter()
        .find_map(|k| results.get(*k)?.median())
}

/// The optimizing tier's goals: code speed and compile time at OptLevel 2.
fn optimizing_targets(t: &mut Vec<Target>, r: &Results) {
    // Issue 15: the default (tiered) run against the better pinned level, per program.
    let default_vs_best: Vec<f64> = r
        .process
        .iter()
        .filter_map(|x| {
            let t = |id: &str| x.results.get(id).and_then(Outcome::median);
            let best = t("jit run -O0")?.min(t("jit run -O2")?);
            Some(t("jit run")? / best)
        })
        .filter(|v| v.is_finite() && *v > 0.0)
        .collect();
    t.push(match geomean(&default_vs_best) {
        Some(g) => {
            let worst = default_vs_best.iter().copied().fold(0.0, f64::max);
            let within = default_vs_best.iter().filter(|&&v| v <= 1.1).count();
            Target {
                goal: "default `jit run` within 1.1× of the better of `-O0` and `-O2`, every \
                       program"
                    .into(),
                measured: format!(
                    "{} of {} programs within 1.1× (geometric mean {}, worst {})",
                    within,
                    default_vs_best.len(),
                    ratio(g),
                    ratio(worst)
                ),
                verdict: if worst <= 1.1 {
                    "met".into()
                } else {
                    format!("missed by {}", ratio(worst / 1.1))
                },
            }
        }
        None => Target {
            goal: "default `jit run` within 1.1× of the better of `-O0` and `-O2`".into(),
            measured: "not measured".into(),
            verdict: "unknown".into(),
        },
    });
    let slow: Vec<f64> = r
        .kernels
        .iter()
        .filter_map(|k| Some(ours_o2(&k.results)? / k.results.get("native")?.median()?))
        .collect();
    let goal = "code at OptLevel 2 within 1.3× of native clang -O2";
    t.push(match geomean(&slow) {
        Some(g) => Target {
            goal: goal.into(),
            measured: format!(
                "{} slower (geometric mean of {} of {} kernels; worst {})",
                ratio(g),
                slow.len(),
                r.kernels.len(),
                ratio(slow.iter().copied().fold(0.0, f64::max))
            ),
            verdict: if g <= 1.3 {
                "met".into()
            } else {
                format!("missed by {}", ratio(g / 1.3))
            },
        },
        None => Target {
            goal: goal.into(),
            measured: "not measured".into(),
            verdict: "unknown".into(),
        },
    });
    for (peer, name) in [
        ("mcjit-O2", "LLVM MCJIT -O2"),
        ("cranelift-speed", "cranelift-jit `speed`"),
    ] {
        let faster: Vec<f64> = r
            .kernels
            .iter()
            .filter_map(|k| Some(k.results.get(peer)?.median()? / ours_o2(&k.results)?))
            .filter(|v| v.is_finite() && *v > 0.0)
            .collect();
        t.push(speedup_target(
            &format!("code at OptLevel 2 faster than {name}"),
            1.0,
            geomean(&faster),
            "geometric mean of the kernels both ran, peer time / ours",
        ));
    }
    let all = || r.compile.iter().map(|c| &c.results);
    t.push(speedup_target(
        "compile at OptLevel 2 ≥ 20× faster than LLVM MCJIT -O2",
        20.0,
        geomean(&speedups(all(), "ours-O2", "mcjit-O2")),
        "geometric mean over every compile module",
    ));
    t.push(speedup_target(
        "compile at OptLevel 2 faster than cranelift-jit `speed`",
        1.0,
        geomean(&speedups(all(), "ours-O2", "cranelift-speed")),
        "geometric mean over every module both compiled",
    ));
}

/// Draws a grouped bar chart on a logarithmic y axis.
fn bar_chart(
    path: &Path,
    title: &str,
    y_desc: &str,
    groups: &[String],
    series: &[(String, Vec<Option<f64>>)],
    fmt: &dyn Fn(f64) -> String,
) -> Result<(), String> {
    let values: Vec<f64> = series
        .iter()
        .flat_map(|(_, v)| v.iter().flatten().copied())
        .filter(|v| *v > 0.0 && v.is_finite())
        .collect();
    if values.is_empty() || groups.is_empty() {
        return Err("nothing measured to plot".into());
    }
    // Series with nothing measured stay out of the legend.
    let series: Vec<&(String, Vec<Option<f64>>)> = series
        .iter()
        .filter(|(_, v)| v.iter().any(Option::is_some))
        .collect();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min) / 3.0;
    // Headroom above the tallest bar for the legend.
    let hi = values.iter().copied().fold(0.0, f64::max) * 100.0;
    let width = (140 * groups.len() as u32).clamp(700, 1400);
    let e = |e: DrawingAreaErrorKind<std::io::Error>| e.to_string();
    let root = SVGBackend::new(path, (width, 460)).into_drawing_area();
    root.fill(&WHITE).map_err(e)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(80)
        .build_cartesian_2d(0f64..groups.len() as f64, (lo..hi).log_scale())
        .map_err(e)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc(y_desc)
        .y_labels(8)
        .y_label_formatter(&|v| fmt(*v))
        .draw()
        .map_err(e)?;
    let n = series.len() as f64;
    let bar = 0.8 / n;
    for (si, (name, vals)) in series.iter().enumerate() {
        let color = Palette99::pick(si).to_rgba();
        let rects: Vec<Rectangle<(f64, f64)>> = vals
            .iter()
            .enumerate()
            .filter_map(|(gi, v)| {
                let v = (*v)?;
                let x0 = gi as f64 + 0.1 + si as f64 * bar;
                Some(Rectangle::new(
                    [(x0, lo), (x0 + bar * 0.92, v)],
                    color.filled(),
                ))
            })
            .collect();
        chart
            .draw_series(rects)
            .map_err(e)?
            .label(name.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
    }
    for (gi, g) in groups.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(gi as f64 + 0.5, lo));
        let style = TextStyle::from(("sans-serif", 12).into_font()).pos(
            plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Center,
                plotters::style::text_anchor::VPos::Top,
            ),
        );
        root.draw(&Text::new(g.clone(), (px, py + 6), style))
            .map_err(e)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(e)?;
    root.present().map_err(e)?;
    Ok(())
}

/// Ids in a stable, readable order: ours first, then LLVM, Cranelift, native.
fn order(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let rank = |id: &str| {
        let p = [
            "ours",
            "mcjit",
            "orc",
            "llvm",
            "cranelift",
            "native",
            "jit",
            "lli",
        ];
        p.iter().position(|x| id.starts_with(x)).unwrap_or(p.len())
    };
    let mut v: Vec<String> = ids.into_iter().collect();
    v.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    v.dedup();
    v
}

fn ids_of<'a>(rows: impl Iterator<Item = &'a BTreeMap<String, Outcome>>) -> Vec<String> {
    order(rows.flat_map(|r| r.keys().cloned()))
}

struct Page {
    md: String,
    not_measured: Vec<(String, String, String)>,
    charts: Vec<String>,
}

impl Page {
    fn note_failures<'a>(
        &mut self,
        measure: &str,
        items: impl Iterator<Item = (String, &'a BTreeMap<String, Outcome>)>,
    ) {
        for (item, results) in items {
            for (id, o) in results {
                if let Outcome::NotMeasured(why) = o {
                    self.not_measured.push((
                        format!("{measure}: {}", label(id)),
                        item.clone(),
                        why.clone(),
                    ));
                }
            }
        }
    }

    fn chart(&mut self, dir: &Path, c: Chart<'_>) {
        match bar_chart(
            &dir.join(c.file),
            c.title,
            c.y_desc,
            c.groups,
            c.series,
            c.fmt,
        ) {
            Ok(()) => {
                let _ = writeln!(self.md, "\n![{}](bench/{})\n", c.title, c.file);
                self.charts.push(c.file.to_string());
            }
            Err(e) => {
                let _ = writeln!(self.md, "\n(Chart `{}` not drawn: {e}.)\n", c.file);
            }
        }
    }
}

/// One chart of the page: its file under `docs/bench/` and what [`bar_chart`] draws.
struct Chart<'a> {
    file: &'a str,
    title: &'a str,
    y_desc: &'a str,
    groups: &'a [String],
    series: &'a [(String, Vec<Option<f64>>)],
    fmt: &'a dyn Fn(f64) -> String,
}

/// Writes `docs/benchmarks.md` and `docs/bench/*.svg` under `repo`.
pub fn write(repo: &Path, r: &Results) -> Result<(), String> {
    let chart_dir = repo.join("docs/bench");
    std::fs::create_dir_all(&chart_dir).map_err(|e| format!("{}: {e}", chart_dir.display()))?;
    let mut p = Page {
        md: String::new(),
        not_measured: Vec::new(),
        charts: Vec::new(),
    };
    header(&mut p, r);
    targets(&mut p, r);
    machine(&mut p, r);
    compile(&mut p, r, &chart_dir);
    first_call(&mut p, r, &chart_dir);
    process(&mut p, r);
    kernels(&mut p, r, &chart_dir);
    memory(&mut p, r, &chart_dir);
    not_measured(&mut p, r);
    let out = repo.join("docs/benchmarks.md");
    std::fs::write(&out, &p.md).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "jit-bench: wrote {} and {} charts in {}",
        out.display(),
        p.charts.len(),
        chart_dir.display()
    );
    Ok(())
}

fn header(p: &mut Page, r: &Results) {
    let md = &mut p.md;
    let _ = writeln!(
        md,
        "# Benchmarks: jit side by side with LLVM 19 and Cranelift\n"
    );
    let _ = writeln!(
        md,
        "Generated by `cargo xtask bench{}` ({} – {}); do not edit by hand — re-run it. \
         Our own criterion benchmarks (reader, memory managers, code generation, finalize, \
         churn) are in [benchmarks-internal.md](benchmarks-internal.md).\n",
        if r.quick { " --quick" } else { "" },
        r.started,
        r.finished
    );
    if r.quick {
        let _ = writeln!(
            md,
            "**This is a `--quick` run** (a small sample, few repetitions): it checks the \
             pipeline; its numbers are not the report's.\n"
        );
    }
    let _ = writeln!(
        md,
        "Every engine gets the same work: the same `.ll` modules (the x86-64 corpus, generated \
         modules, C kernels compiled by clang-19 -O2), parsed before any clock starts, so each \
         starts from its in-memory IR (our `Module`, an LLVM module clone, CLIF translated \
         beforehand). Ratios are `peer / ours`: above 1× we are faster.\n"
    );
}

fn targets(p: &mut Page, r: &Results) {
    let mut t = Vec::new();
    let all = || r.compile.iter().map(|c| &c.results);
    let vs_mcjit = geomean(&speedups(all(), "ours-O0", "mcjit-O0"));
    t.push(speedup_target(
        "compile at O0 ≥ 100× faster than LLVM MCJIT -O0",
        100.0,
        vs_mcjit,
        "geometric mean over every compile module",
    ));
    let vs_cl = geomean(&speedups(all(), "ours-O0", "cranelift-none"));
    t.push(speedup_target(
        "compile at O0 ≥ 10× faster than cranelift-jit",
        10.0,
        vs_cl,
        "geometric mean over every module both compiled, vs Cranelift `none`",
    ));
    t.push(
        match r.first_call.get("ours-O0").and_then(Outcome::median) {
            Some(s) => Target {
                goal: "time to first call ≤ 20 µs".into(),
                measured: format!("{} (median)", secs(s)),
                verdict: if s <= 20e-6 {
                    "met".into()
                } else {
                    format!("missed by {}", ratio(s / 20e-6))
                },
            },
            None => Target {
                goal: "time to first call ≤ 20 µs".into(),
                measured: "not measured".into(),
                verdict: "unknown".into(),
            },
        },
    );
    for lli in ["lli orc", "lli mcjit"] {
        let g = geomean(&speedups(
            r.process.iter().map(|x| &x.results),
            "jit run",
            lli,
        ));
        t.push(speedup_target(
            &format!("whole process ≥ 10× faster than `{lli}`"),
            10.0,
            g,
            "geometric mean over the corpus, -O0 and -O2",
        ));
    }
    let slow: Vec<f64> = r
        .kernels
        .iter()
        .filter_map(|k| {
            Some(k.results.get("ours-O0")?.median()? / k.results.get("native")?.median()?)
        })
        .collect();
    let measured = slow.len();
    t.push(match geomean(&slow) {
        Some(g) => {
            let worst = slow.iter().copied().fold(0.0, f64::max);
            Target {
                goal: "code at O0 within 3× of native clang -O2".into(),
                measured: format!(
                    "{} slower (geometric mean of {measured} of {} kernels; worst {})",
                    ratio(g),
                    r.kernels.len(),
                    ratio(worst)
                ),
                verdict: {
                    let v = if g <= 3.0 {
                        "met".to_string()
                    } else {
                        format!("missed by {}", ratio(g / 3.0))
                    };
                    let unmeasured = r.kernels.len() - measured;
                    if unmeasured > 0 {
                        format!(
                            "{v} on the measured kernels; {unmeasured} not measured (see below)"
                        )
                    } else {
                        v
                    }
                },
            }
        }
        None => Target {
            goal: "code at O0 within 3× of native clang -O2".into(),
            measured: "not measured".into(),
            verdict: "unknown".into(),
        },
    });
    optimizing_targets(&mut t, r);
    let md = &mut p.md;
    let _ = writeln!(md, "## Targets\n");
    let _ = writeln!(
        md,
        "The issue's goals (not test assertions) and where this run stands.\n"
    );
    let _ = writeln!(md, "| goal | measured | verdict |\n|---|---|---|");
    for x in t {
        let _ = writeln!(md, "| {} | {} | {} |", x.goal, x.measured, x.verdict);
    }
    let _ = writeln!(md);
}

fn machine(p: &mut Page, r: &Results) {
    let md = &mut p.md;
    let m = |k: &str| {
        r.machine
            .get(k)
            .cloned()
            .unwrap_or_else(|| "unknown".into())
    };
    let _ = writeln!(md, "## Machine and method\n");
    let _ = writeln!(
        md,
        "- Machine: {} ({} cores visible), {}; load average (1/5/15 min) {} before and {} after the run. \
         The machine is shared with other builds and agents, so the numbers are noisy: read \
         ratios, not absolute times, and mind the min–max ranges.",
        m("cpu"),
        m("cores"),
        m("kernel"),
        m("load_before"),
        m("load_after")
    );
    let _ = writeln!(md, "- Date: {} – {}.", r.started, r.finished);
    for (k, v) in &r.versions {
        let _ = writeln!(md, "- {k}: {v}");
    }
    for (k, v) in &r.method {
        let _ = writeln!(md, "- Method, {k}: {v}.");
    }
    let _ = writeln!(
        md,
        "- Cells show the median and, in parentheses, min–max. Each engine's share of a \
         measure runs in its own process (a crash costs only its own cells). MCJIT's \
         `-O2` is its code-generation level (`LLVMMCJITCompilerOptions.OptLevel`); no IR \
         passes run in any JIT — the kernels' IR is already clang -O2 output. ORC is \
         LLJIT (whole module compiled on first lookup, not lazy), code-generation level as \
         named, with the process's symbols visible.\n"
    );
}

fn compile(p: &mut Page, r: &Results, dir: &Path) {
    let ids = ids_of(r.compile.iter().map(|c| &c.results));
    let _ = writeln!(
        p.md,
        "## Compile: in-memory module → finalized, callable function pointer\n"
    );
    let _ = writeln!(
        p.md,
        "Timed from a fresh copy of the parsed module to the address of `main` (corpus) or of \
         the function that reaches the rest (generated), engine creation included: code \
         generation, linking, memory permissions. Cranelift's time starts from CLIF that \
         `bench/peer-cranelift` translated from our IR beforehand (the translation is not \
         timed), as LLVM's starts from its parsed module. Generated modules: `functions_N` (N small \
         functions, each calling the previous one), `straight_line_N` (one block of N dependent \
         integer instructions), `deep_control_flow_N` (N nested if/else diamonds with phis).\n"
    );
    // Summary per group: sums of medians over modules every engine measured.
    let groups = ["corpus-O0", "corpus-O2"];
    let mut chart_groups: Vec<String> = Vec::new();
    let mut chart_series: Vec<(String, Vec<Option<f64>>)> =
        ids.iter().map(|id| (label(id), Vec::new())).collect();
    let _ = writeln!(
        p.md,
        "### Corpus\n\nTotal of the per-module medians over the modules that every engine \
         compiled, and the geometric mean of `peer / ours O0` per module.\n"
    );
    let _ = write!(p.md, "| modules | count |");
    for id in &ids {
        let _ = write!(p.md, " {} |", label(id));
    }
    let _ = writeln!(p.md, "\n|---|---|{}", "---|".repeat(ids.len()));
    for g in groups {
        let rows: Vec<&CompileRow> = r.compile.iter().filter(|c| c.group == g).collect();
        // Engines that measured nothing here (not built, say) do not shrink the common set.
        let active: Vec<&String> = ids
            .iter()
            .filter(|id| {
                rows.iter()
                    .any(|c| c.results.get(*id).and_then(Outcome::median).is_some())
            })
            .collect();
        let common: Vec<&&CompileRow> = rows
            .iter()
            .filter(|c| {
                active
                    .iter()
                    .all(|id| c.results.get(*id).and_then(Outcome::median).is_some())
            })
            .collect();
        let _ = write!(p.md, "| {g} | {} of {} |", common.len(), rows.len());
        chart_groups.push(format!("{g} (total)"));
        for (i, id) in ids.iter().enumerate() {
            let total: f64 = common
                .iter()
                .filter_map(|c| c.results.get(id)?.median())
                .sum();
            let sp = geomean(&speedups(rows.iter().map(|c| &c.results), "ours-O0", id));
            let rel = match (id.as_str(), sp) {
                ("ours-O0", _) | (_, None) => String::new(),
                (_, Some(s)) => format!(" — {}", ratio(s)),
            };
            let shown = !common.is_empty() && active.contains(&id);
            let _ = write!(
                p.md,
                " {}{rel} |",
                if shown { secs(total) } else { "—".into() }
            );
            chart_series[i].1.push(shown.then_some(total));
        }
        let _ = writeln!(p.md);
    }
    let _ = writeln!(
        p.md,
        "\nEngines that could not compile some modules are compared on the others in the \
         ratio; the per-module table below and the last section say which and why.\n"
    );
    // Generated modules, one row each.
    let _ = writeln!(p.md, "### Generated modules\n");
    let _ = write!(p.md, "| module | functions |");
    for id in &ids {
        let _ = write!(p.md, " {} |", label(id));
    }
    let _ = writeln!(p.md, "\n|---|---|{}", "---|".repeat(ids.len()));
    for c in r.compile.iter().filter(|c| c.group == "generated") {
        chart_groups.push(c.module.clone());
        let _ = write!(p.md, "| `{}` | {} |", c.module, c.functions);
        let ours = c.results.get("ours-O0").and_then(Outcome::median);
        for (i, id) in ids.iter().enumerate() {
            let o = c.results.get(id);
            let rel = match (ours, o.and_then(Outcome::median)) {
                (Some(a), Some(b)) if id != "ours-O0" => format!(" — {}", ratio(b / a)),
                _ => String::new(),
            };
            let _ = write!(p.md, " {}{rel} |", cell(o));
            chart_series[i].1.push(o.and_then(Outcome::median));
        }
        let _ = writeln!(p.md);
    }
    p.chart(
        dir,
        Chart {
            file: "compile.svg",
            title: "Compile time per engine (log scale, lower is better)",
            y_desc: "seconds",
            groups: &chart_groups,
            series: &chart_series,
            fmt: &secs,
        },
    );
    // Every corpus module.
    let _ = writeln!(
        p.md,
        "<details><summary>Every corpus module (median, min–max; ratio peer / ours O0)</summary>\n"
    );
    let _ = write!(p.md, "| module | functions | bytes |");
    for id in &ids {
        let _ = write!(p.md, " {} |", label(id));
    }
    let _ = writeln!(p.md, "\n|---|---|---|{}", "---|".repeat(ids.len()));
    for c in r.compile.iter().filter(|c| c.group != "generated") {
        let _ = write!(p.md, "| `{}` | {} | {} |", c.module, c.functions, c.bytes);
        let ours = c.results.get("ours-O0").and_then(Outcome::median);
        for id in &ids {
            let o = c.results.get(id);
            let rel = match (ours, o.and_then(Outcome::median)) {
                (Some(a), Some(b)) if id != "ours-O0" => format!(" — {}", ratio(b / a)),
                _ => String::new(),
            };
            let _ = write!(p.md, " {}{rel} |", cell(o));
        }
        let _ = writeln!(p.md);
    }
    let _ = writeln!(p.md, "\n</details>\n");
    p.note_failures(
        "compile",
        r.compile.iter().map(|c| (c.module.clone(), &c.results)),
    );
}

fn first_call(p: &mut Page, r: &Results, dir: &Path) {
    let _ = writeln!(p.md, "## Time to first call\n");
    let _ = writeln!(
        p.md,
        "A new engine, one small function (`i32 add1(i32)`, already parsed), compiled, and \
         called once, end to end; repeated in one process (process-wide initialization, \
         such as LLVM's target registration, happens once before the clock). Cranelift \
         starts from CLIF translated beforehand.\n"
    );
    let _ = writeln!(
        p.md,
        "| engine | median (min–max) | vs ours O0 |\n|---|---|---|"
    );
    let ours = r.first_call.get("ours-O0").and_then(Outcome::median);
    let ids = order(r.first_call.keys().cloned());
    let mut vals = Vec::new();
    for id in &ids {
        let o = r.first_call.get(id);
        let rel = match (ours, o.and_then(Outcome::median)) {
            (Some(a), Some(b)) => ratio(b / a),
            _ => "—".into(),
        };
        let _ = writeln!(p.md, "| {} | {} | {rel} |", label(id), cell(o));
        vals.push(o.and_then(Outcome::median));
    }
    let groups: Vec<String> = ids.iter().map(|i| label(i)).collect();
    let series: Vec<(String, Vec<Option<f64>>)> = vec![("median".into(), vals)];
    p.chart(
        dir,
        Chart {
            file: "first_call.svg",
            title: "Time to first call (log scale, lower is better)",
            y_desc: "seconds",
            groups: &groups,
            series: &series,
            fmt: &secs,
        },
    );
    p.note_failures(
        "first call",
        std::iter::once(("add1".to_string(), &r.first_call)),
    );
}

fn process(p: &mut Page, r: &Results) {
    let _ = writeln!(p.md, "## Whole process: `jit run prog.ll` vs `lli-19`\n");
    let _ = writeln!(
        p.md,
        "Each corpus program, run as a process (parse, compile, run, exit) with its \
         arguments; every command's stdout and exit status were checked against the native \
         program's before timing. `lli-19 --help` does not print its default `--jit-kind` \
         (lli's source sets `orc`), so both kinds are named explicitly. Our CLI runs as it \
         does by default (tiered: tier 0 first, hot functions and running loops moved to \
         OptLevel 2 code) with its default memory manager, and pinned at `-O0` and `-O2` \
         for comparison.\n"
    );
    if r.process.is_empty() {
        let _ = writeln!(p.md, "Not measured (see the last section).\n");
        return;
    }
    let ids = ids_of(r.process.iter().map(|x| &x.results));
    let _ = write!(p.md, "| programs | count |");
    for id in &ids {
        let _ = write!(p.md, " {id} |");
    }
    let _ = writeln!(p.md, "\n|---|---|{}", "---|".repeat(ids.len()));
    for opt in ["O0", "O2"] {
        let rows: Vec<&ProcessRow> = r.process.iter().filter(|x| x.opt == opt).collect();
        let _ = write!(p.md, "| corpus -{opt}, total of medians | {} |", rows.len());
        for id in &ids {
            let total: f64 = rows
                .iter()
                .filter_map(|x| x.results.get(id)?.median())
                .sum();
            let sp = geomean(&speedups(rows.iter().map(|x| &x.results), "jit run", id));
            let rel = match (id.as_str(), sp) {
                ("jit run", _) | (_, None) => String::new(),
                (_, Some(s)) => format!(" — {}", ratio(s)),
            };
            let _ = write!(p.md, " {}{rel} |", secs(total));
        }
        let _ = writeln!(p.md);
    }
    let _ = writeln!(
        p.md,
        "\nRatio: geometric mean of `lli / jit run` per program.\n\n<details><summary>Every program</summary>\n"
    );
    let _ = write!(p.md, "| program |");
    for id in &ids {
        let _ = write!(p.md, " {id} |");
    }
    let _ = writeln!(p.md, "\n|---|{}", "---|".repeat(ids.len()));
    for x in &r.process {
        let _ = write!(p.md, "| `{}.{}` |", x.program, x.opt);
        for id in &ids {
            let _ = write!(p.md, " {} |", cell(x.results.get(id)));
        }
        let _ = writeln!(p.md);
    }
    let _ = writeln!(p.md, "\n</details>\n");
    p.note_failures(
        "whole process",
        r.process
            .iter()
            .map(|x| (format!("{}.{}", x.program, x.opt), &x.results)),
    );
}

fn kernels(p: &mut Page, r: &Results, dir: &Path) {
    let _ = writeln!(p.md, "## Code speed: C kernels\n");
    let _ = writeln!(
        p.md,
        "`bench/kernels/*.c`, compiled by `clang-19 -O2 -S -emit-llvm` (plain -O2, so with \
         vector code) for the JITs and by `clang-19 -O2` natively. Each prints an integer \
         checksum; every engine's output was checked against the native binary's before its \
         times count. Time of one call of `main` after compilation (the native time is the \
         whole process, about 1 ms more). Ratio: time / native time (lower is better).\n"
    );
    for n in &r.opt_levels {
        let _ = writeln!(p.md, "- {n}.");
    }
    if !r.opt_levels.is_empty() {
        let _ = writeln!(
            p.md,
            "\nOur engine is measured at each OptLevel whose code differs from the lower levels \
             for some kernel (always OptLevel 0).\n"
        );
    }
    if r.kernels.is_empty() {
        let _ = writeln!(p.md, "Not measured (see the last section).\n");
        return;
    }
    let ids = ids_of(r.kernels.iter().map(|k| &k.results));
    let _ = write!(p.md, "| kernel | checksum |");
    for id in &ids {
        let _ = write!(p.md, " {} |", label(id));
    }
    let _ = writeln!(p.md, "\n|---|---|{}", "---|".repeat(ids.len()));
    let mut series: Vec<(String, Vec<Option<f64>>)> = ids
        .iter()
        .filter(|i| *i != "native")
        .map(|i| (label(i), Vec::new()))
        .collect();
    for k in &r.kernels {
        let native = k.results.get("native").and_then(Outcome::median);
        let _ = write!(p.md, "| `{}` | {} |", k.kernel, k.checksum);
        let mut si = 0;
        for id in &ids {
            let o = k.results.get(id);
            let rel = match (native, o.and_then(Outcome::median)) {
                (Some(n), Some(t)) if id != "native" => format!(" — {}", ratio(t / n)),
                _ => String::new(),
            };
            let _ = write!(p.md, " {}{rel} |", cell(o));
            if id != "native" {
                series[si]
                    .1
                    .push(native.zip(o.and_then(Outcome::median)).map(|(n, t)| t / n));
                si += 1;
            }
        }
        let _ = writeln!(p.md);
    }
    let groups: Vec<String> = r.kernels.iter().map(|k| k.kernel.clone()).collect();
    p.chart(
        dir,
        Chart {
            file: "kernels.svg",
            title: "Kernel run time / native clang -O2 (log scale, lower is better)",
            y_desc: "× native",
            groups: &groups,
            series: &series,
            fmt: &|v| format!("{v:.2}×"),
        },
    );
    p.note_failures(
        "code speed",
        r.kernels.iter().map(|k| (k.kernel.clone(), &k.results)),
    );
}

fn memory(p: &mut Page, r: &Results, dir: &Path) {
    let _ = writeln!(p.md, "## Memory per function\n");
    let _ = writeln!(
        p.md,
        "A module of N functions, each with its own 32-byte global it reads and writes, \
         compiled at OptLevel 0 (MCJIT -O0 for LLVM, whose default manager is \
         `SectionMemoryManager`). Measured in a fresh process as the growth of anonymous \
         mappings and `memfd` files (`/proc/self/smaps`; malloc kept on the brk heap with \
         `mallopt`; pages seen through two views of one memfd count once as resident) from just \
         before engine creation to the finalized module, per function: `mapped` is address space, \
         reservations included (our `section` manager reserves one large range up front, \
         `pool` a 64 MiB range, `huge` 2 MiB-aligned units), `resident` is memory actually \
         touched. At N = 1 the fixed cost of a manager dominates. `payload` is what our manager \
         handed out (code + data + alignment).\n"
    );
    if r.memory.is_empty() {
        return;
    }
    let _ = writeln!(
        p.md,
        "| manager | N | mapped / function | resident / function | payload / function |\n|---|---|---|---|---|"
    );
    let mut groups = Vec::new();
    let mut mapped = Vec::new();
    let mut resident = Vec::new();
    for row in &r.memory {
        for id in order(row.results.keys().cloned()) {
            let n = row.functions as f64;
            match &row.results[&id] {
                Ok(m) => {
                    let _ = writeln!(
                        p.md,
                        "| {} | {} | {} | {} | {} |",
                        label(&id),
                        row.functions,
                        bytes(m.mapped as f64 / n),
                        bytes(m.resident as f64 / n),
                        m.payload
                            .map(|b| bytes(b as f64 / n))
                            .unwrap_or_else(|| "—".into())
                    );
                    if row.functions > 1 {
                        groups.push(label(&id));
                        mapped.push(Some(m.mapped as f64 / n).filter(|v| *v > 0.0));
                        resident.push(Some(m.resident as f64 / n).filter(|v| *v > 0.0));
                    }
                }
                Err(e) => {
                    let _ = writeln!(
                        p.md,
                        "| {} | {} | not measured | | |",
                        label(&id),
                        row.functions
                    );
                    p.not_measured.push((
                        format!("memory: {}", label(&id)),
                        format!("{} functions", row.functions),
                        e.clone(),
                    ));
                }
            }
        }
    }
    let series = vec![
        ("mapped".to_string(), mapped),
        ("resident".to_string(), resident),
    ];
    let n = r.memory.iter().map(|m| m.functions).max().unwrap_or(0);
    p.chart(
        dir,
        Chart {
            file: "memory.svg",
            title: &format!("Bytes per function, {n} functions (log scale, lower is better)"),
            y_desc: "bytes",
            groups: &groups,
            series: &series,
            fmt: &bytes,
        },
    );
}

fn not_measured(p: &mut Page, r: &Results) {
    let _ = writeln!(p.md, "## Not measured, and why\n");
    if p.not_measured.is_empty() && r.skipped.is_empty() {
        let _ = writeln!(p.md, "Everything was measured.");
        return;
    }
    for s in &r.skipped {
        let _ = writeln!(p.md, "- {s}");
    }
    // Group identical reasons of one engine so a missing construct is one line.
    let mut grouped: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (what, item, why) in &p.not_measured {
        let why = why.replace('\n', " ").replace('|', "\\|");
        let short: String = why.chars().take(300).collect();
        grouped
            .entry((what.clone(), short))
            .or_default()
            .push(item.clone());
    }
    let _ = writeln!(p.md, "| measure: engine | items | reason |\n|---|---|---|");
    for ((what, why), items) in grouped {
        let shown: Vec<String> = items.iter().take(8).map(|i| format!("`{i}`")).collect();
        let more = if items.len() > 8 {
            format!(" and {} more", items.len() - 8)
        } else {
            String::new()
        };
        let _ = writeln!(p.md, "| {what} | {}{more} | {why} |", shown.join(", "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_render_text_without_system_fonts() {
        let dir = std::env::temp_dir().join(format!("jit-bench-chart-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("c.svg");
        bar_chart(
            &path,
            "Title",
            "seconds",
            &["alpha".into(), "beta".into()],
            &[
                ("one".into(), vec![Some(1e-3), None]),
                ("two".into(), vec![Some(2e-2), Some(3.0)]),
            ],
            &secs,
        )
        .unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        for text in ["Title", "alpha", "beta", "one", "two"] {
            assert!(svg.contains(text), "{text} missing from the chart");
        }
        assert!(svg.matches("<rect").count() >= 3);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn targets_say_by_how_much_they_are_missed() {
        let t = speedup_target("g", 100.0, Some(25.0), "x");
        assert_eq!(t.verdict, "missed by 4.00×");
        assert_eq!(speedup_target("g", 10.0, Some(12.0), "x").verdict, "met");
        assert_eq!(geomean(&[1.0, 100.0]).map(|g| g.round()), Some(10.0));
    }
}
