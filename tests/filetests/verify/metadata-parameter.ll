; Only intrinsics take `metadata` parameters.
; test verify

declare void @f(metadata) ; error: invalid parameter type metadata
