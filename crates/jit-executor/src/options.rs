//! The command line.

use crate::ExecutorError;

/// What `--help` prints.
pub const USAGE: &str = "\
usage: jit-executor --fds R,W [--mm NAME[:key=value,...]]
       jit-executor --listen ADDR [--once] [--allow-remote] [--mm NAME[:key=value,...]]

Runs JIT code for a jit host, which compiles and links it, over the executor protocol.

  --fds R,W          serve one host: requests on descriptor R, replies on descriptor W
                     (what `jit_remote::launch` passes)
  --listen ADDR      serve every host that connects to ADDR, `unix:PATH` or `HOST:PORT`
                     (port 0: any free port), each in its own process; prints
                     `jit-executor: listening on ADDR` on stderr once listening
  --once             with --listen: serve the first connection only, then end as its
                     program did
  --allow-remote     with --listen: accept a TCP address that is not loopback (whoever
                     can connect can run code as this user)
  --mm NAME[:CONFIG] the memory manager for JIT code (default: section)
  -h, --help         this text

The executor ends as the program it ran did (its exit status, or its signal); the host
also learns that from a final `Ended` message.
";

/// Where the host is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Two inherited descriptors: read requests from the first, write replies to the second.
    Fds(i32, i32),
    /// A listening address.
    Listen {
        /// `unix:PATH` or `HOST:PORT`.
        address: String,
        /// Serve one connection, then end.
        once: bool,
        /// Accept a TCP address that is not loopback.
        allow_remote: bool,
    },
}

/// The parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Where the host is; `None` with `--help`.
    pub mode: Option<Mode>,
    /// The memory manager's name.
    pub manager: String,
    /// Its configuration (`key=value,...`, empty for the defaults).
    pub manager_config: String,
    /// `--help` was given.
    pub help: bool,
}

fn parse_fds(v: &str) -> Option<(i32, i32)> {
    let (r, w) = v.split_once(',')?;
    let r: i32 = r.trim().parse().ok()?;
    let w: i32 = w.trim().parse().ok()?;
    (r >= 0 && w >= 0).then_some((r, w))
}

impl Options {
    /// Parses the arguments (without the program name).
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, ExecutorError> {
        let usage = |m: String| ExecutorError::Usage(m);
        let mut fds = None;
        let mut listen = None;
        let mut once = false;
        let mut allow_remote = false;
        let mut mm = None;
        let mut help = false;
        let mut args = args.into_iter();
        while let Some(a) = args.next() {
            // `--opt=value` and `--opt value` alike.
            let (flag, inline) = match a.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (a.clone(), None),
            };
            let mut value = |what: &str| {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| usage(format!("{flag} needs {what}")))
            };
            match flag.as_str() {
                "--fds" => {
                    let v = value("two descriptors, R,W")?;
                    fds = Some(parse_fds(&v).ok_or_else(|| {
                        usage(format!("--fds {v}: expected two descriptor numbers, R,W"))
                    })?);
                }
                "--listen" => listen = Some(value("an address (unix:PATH or HOST:PORT)")?),
                "--mm" => mm = Some(value("a memory manager name")?),
                "--once" if inline.is_none() => once = true,
                "--allow-remote" if inline.is_none() => allow_remote = true,
                "-h" | "--help" if inline.is_none() => help = true,
                _ => return Err(usage(format!("unknown argument `{a}` (see --help)"))),
            }
        }
        let (manager, manager_config) = match mm {
            None => ("section".to_string(), String::new()),
            Some(m) => match m.split_once(':') {
                Some((n, c)) => (n.to_string(), c.to_string()),
                None => (m, String::new()),
            },
        };
        let mode = match (fds, listen) {
            _ if help => None,
            (Some(_), Some(_)) => {
                return Err(usage("--fds and --listen exclude each other".into()));
            }
            (Some((r, w)), None) => {
                if once || allow_remote {
                    return Err(usage("--once and --allow-remote go with --listen".into()));
                }
                Some(Mode::Fds(r, w))
            }
            (None, Some(address)) => Some(Mode::Listen {
                address,
                once,
                allow_remote,
            }),
            (None, None) => {
                return Err(usage(
                    "say where the host is: --fds R,W or --listen ADDR (see --help)".into(),
                ));
            }
        };
        Ok(Options {
            mode,
            manager,
            manager_config,
            help,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, ExecutorError> {
        Options::parse(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn command_lines() {
        let o = parse(&["--fds", "3,4"]).unwrap();
        assert_eq!(o.mode, Some(Mode::Fds(3, 4)));
        assert_eq!(
            (o.manager.as_str(), o.manager_config.as_str()),
            ("section", "")
        );
        let o = parse(&["--listen=unix:/tmp/x", "--once", "--mm", "pool:reserve=64M"]).unwrap();
        assert_eq!(
            o.mode,
            Some(Mode::Listen {
                address: "unix:/tmp/x".into(),
                once: true,
                allow_remote: false
            })
        );
        assert_eq!(
            (o.manager.as_str(), o.manager_config.as_str()),
            ("pool", "reserve=64M")
        );
        assert!(parse(&["--help"]).unwrap().help);
        for bad in [
            &["--fds", "3"][..],
            &["--fds", "a,b"],
            &["--fds", "-1,2"],
            &["--fds"],
            &[],
            &["--fds", "3,4", "--listen", "x:1"],
            &["--fds", "3,4", "--once"],
            &["--listen", "x:1", "--bogus"],
            &["--once=yes", "--listen", "x:1"],
        ] {
            assert!(
                matches!(parse(bad), Err(ExecutorError::Usage(_))),
                "{bad:?} should be refused"
            );
        }
    }
}
