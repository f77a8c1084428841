; A named type defined twice.
; test parse-error

%T = type { i32 }
%T = type { i64 } ; error: redefinition of type '%T'
