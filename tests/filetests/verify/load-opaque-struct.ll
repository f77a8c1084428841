; A load of an opaque struct: it has no size.
; test verify

%struct.O = type opaque
define void @f(ptr %p) {
  %v = load %struct.O, ptr %p ; error: cannot load a value of type %struct.O
  ret void
}
