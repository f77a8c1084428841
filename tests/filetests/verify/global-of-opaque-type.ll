; A global defined with an opaque struct type has no size.
; test verify

%struct.O = type opaque
@def = global %struct.O zeroinitializer ; error: a global's value type must be sized and first-class, not %struct.O
