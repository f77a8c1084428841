//! Calling JIT code with generic values: the IR signature becomes a libffi call interface.

use jit_core::engine::{EngineError, GenericValue};
use jit_core::ir::{Function, Module, ParamAttrs, Type, TypeData};
use jit_remote::{Ended, Executor, RemoteError, Reply, Request, Value, ValueKind};
use libffi::middle::{Arg, Cif, Ret, Type as FfiType};

/// The scalar shapes `run_function` supports.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Scalar {
    Void,
    Int { bits: u32, signed: bool },
    F32,
    F64,
    Ptr,
}

fn scalar(m: &Module, t: Type, attrs: &ParamAttrs) -> Option<Scalar> {
    Some(match m.types.data(t) {
        TypeData::Void => Scalar::Void,
        TypeData::Ptr(_) => Scalar::Ptr,
        TypeData::Float => Scalar::F32,
        TypeData::Double => Scalar::F64,
        _ => {
            let bits = m.types.int_bits(t)?;
            if bits > 64 {
                return None;
            }
            Scalar::Int {
                bits,
                signed: attrs.flags & ParamAttrs::SIGNEXT != 0,
            }
        }
    })
}

fn ffi_type(s: Scalar) -> FfiType {
    match s {
        Scalar::Void => FfiType::void(),
        Scalar::Ptr => FfiType::pointer(),
        Scalar::F32 => FfiType::f32(),
        Scalar::F64 => FfiType::f64(),
        Scalar::Int { bits, signed } => match (bits, signed) {
            (0..=8, false) => FfiType::u8(),
            (0..=8, true) => FfiType::i8(),
            (9..=16, false) => FfiType::u16(),
            (9..=16, true) => FfiType::i16(),
            (17..=32, false) => FfiType::u32(),
            (17..=32, true) => FfiType::i32(),
            (_, false) => FfiType::u64(),
            (_, true) => FfiType::i64(),
        },
    }
}

fn describe(v: &GenericValue) -> String {
    match v {
        GenericValue::Void => "void".into(),
        GenericValue::Int { bits, .. } => format!("i{bits}"),
        GenericValue::Float(_) => "float".into(),
        GenericValue::Double(_) => "double".into(),
        GenericValue::Pointer(_) => "ptr".into(),
    }
}

fn shape_name(s: Scalar) -> String {
    match s {
        Scalar::Void => "void".into(),
        Scalar::Int { bits, .. } => format!("i{bits}"),
        Scalar::F32 => "float".into(),
        Scalar::F64 => "double".into(),
        Scalar::Ptr => "ptr".into(),
    }
}

/// A call checked against the callee's signature: each argument's shape and its 8-byte
/// slot (narrow signed integers sign-extended, as the ABI expects of the caller).
struct Prepared {
    ret: Scalar,
    shapes: Vec<Scalar>,
    slots: Vec<u64>,
}

fn prepare(m: &Module, f: &Function, args: &[GenericValue]) -> Result<Prepared, EngineError> {
    let bad = |message: String| EngineError::BadArguments {
        function: f.name.to_string(),
        message,
    };
    let Some((ret, params, varargs)) = m.types.function_sig(f.ty) else {
        return Err(bad("the symbol is not a function".into()));
    };
    if varargs {
        return Err(EngineError::Unsupported(format!(
            "run_function on the variadic function `{}`",
            f.name
        )));
    }
    if args.len() != params.len() {
        return Err(bad(format!(
            "expected {} arguments, got {}",
            params.len(),
            args.len()
        )));
    }
    let default = ParamAttrs::default();
    let unsupported = |t: Type| {
        EngineError::Unsupported(format!(
            "run_function with a `{}` in the signature of `{}`",
            m.types.display(t),
            f.name
        ))
    };
    let ret_shape = scalar(m, ret, &f.ret_attrs).ok_or_else(|| unsupported(ret))?;
    let mut shapes = Vec::with_capacity(params.len());
    let mut slots: Vec<u64> = Vec::with_capacity(params.len());
    for (i, (&p, a)) in params.iter().zip(args).enumerate() {
        let attrs = f.param_attrs.get(i).unwrap_or(&default);
        if attrs.byval.is_some() || attrs.sret.is_some() {
            return Err(unsupported(p));
        }
        let shape = scalar(m, p, attrs).ok_or_else(|| unsupported(p))?;
        let slot = match (shape, a) {
            (Scalar::Int { bits, .. }, GenericValue::Int { bits: b, value }) if *b == bits => {
                *value as u64
            }
            (Scalar::F32, GenericValue::Float(x)) => u64::from(x.to_bits()),
            (Scalar::F64, GenericValue::Double(x)) => x.to_bits(),
            (Scalar::Ptr, GenericValue::Pointer(p)) => *p,
            _ => {
                return Err(bad(format!(
                    "argument {} is {}, the parameter is {}",
                    i + 1,
                    describe(a),
                    shape_name(shape)
                )));
            }
        };
        // Sign-extend narrow signed integers as the ABI expects of the caller.
        let slot = match shape {
            Scalar::Int { bits, signed: true } if bits < 64 => {
                ((slot << (64 - bits)) as i64 >> (64 - bits)) as u64
            }
            _ => slot,
        };
        shapes.push(shape);
        slots.push(slot);
    }
    Ok(Prepared {
        ret: ret_shape,
        shapes,
        slots,
    })
}

fn result(ret: Scalar, bits: u64) -> GenericValue {
    match ret {
        Scalar::Void => GenericValue::Void,
        Scalar::Int { bits: n, .. } => GenericValue::int(n, u128::from(bits)),
        Scalar::F32 => GenericValue::Float(f32::from_bits(bits as u32)),
        Scalar::F64 => GenericValue::Double(f64::from_bits(bits)),
        Scalar::Ptr => GenericValue::Pointer(bits),
    }
}

/// Calls the function `f` of `m` at `address` with `args`, checking them against its
/// signature.
///
/// # Safety
/// `address` must be the finalized code of `f`.
pub(crate) unsafe fn call(
    m: &Module,
    f: &Function,
    address: u64,
    args: &[GenericValue],
) -> Result<GenericValue, EngineError> {
    let Prepared {
        ret: ret_shape,
        shapes,
        slots,
    } = prepare(m, f, args)?;
    let cif = Cif::new(shapes.iter().map(|&s| ffi_type(s)), ffi_type(ret_shape));
    // Each argument is read from the low bytes of its 8-byte slot (little endian targets).
    let ffi_args: Vec<Arg> = slots.iter().map(Arg::new).collect();
    let mut out = [0u64; 2];
    // SAFETY: the caller guarantees `address` is the code of `f`; the call interface matches
    // its IR signature; every argument slot is 8 bytes, at least the size of its type, and
    // `out` is large enough for any scalar return value.
    unsafe {
        let code = libffi::middle::CodePtr(address as usize as *mut std::ffi::c_void);
        if ret_shape == Scalar::Void {
            cif.call_return_into(code, &ffi_args, Ret::void());
        } else {
            cif.call_return_into(code, &ffi_args, Ret::new(&mut out));
        }
    }
    Ok(result(ret_shape, out[0]))
}

fn value_kind(s: Scalar) -> ValueKind {
    match s {
        Scalar::Void => ValueKind::Void,
        Scalar::Int { bits, signed } => ValueKind::Int {
            bits: match bits {
                0..=8 => 8,
                9..=16 => 16,
                17..=32 => 32,
                _ => 64,
            },
            signed,
        },
        Scalar::F32 => ValueKind::F32,
        Scalar::F64 => ValueKind::F64,
        Scalar::Ptr => ValueKind::Ptr,
    }
}

/// [`call`] in an executor: the same checks, the call made there.
pub(crate) fn call_remote(
    exec: &Executor,
    m: &Module,
    f: &Function,
    address: u64,
    args: &[GenericValue],
) -> Result<GenericValue, EngineError> {
    let p = prepare(m, f, args)?;
    let args = p
        .shapes
        .iter()
        .zip(&p.slots)
        .map(|(&s, &bits)| Value {
            kind: value_kind(s),
            bits,
        })
        .collect();
    let reply = exec
        .run(&Request::Call {
            address,
            args,
            ret: value_kind(p.ret),
        })
        .map_err(|e| remote_error(&f.name, e))?;
    match reply {
        Reply::Returned(v) => Ok(result(p.ret, v.bits)),
        r => Err(remote_error(
            &f.name,
            RemoteError::Unexpected {
                request: "Call",
                reply: r.name().to_string(),
            },
        )),
    }
}

/// An executor's failure as the engine reports it: the program's end as what it is, the
/// rest as a runtime error of `function`.
pub(crate) fn remote_error(function: &str, e: RemoteError) -> EngineError {
    match e {
        RemoteError::Ended(Ended::Exited(code)) => EngineError::Exit(code),
        RemoteError::Ended(Ended::Signaled(signal)) => EngineError::Killed { signal },
        RemoteError::Timeout(limit) => EngineError::TimedOut(limit),
        e => EngineError::Runtime {
            function: function.to_string(),
            location: "executor".into(),
            message: e.to_string(),
        },
    }
}
