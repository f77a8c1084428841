; A shuffle mask with 2^31 - 1 lanes is refused (a resource limit) instead of being
; expanded lane by lane; fuzzing found it (`cargo xtask fuzz --target ll-reader`).
; test parse-error

define <2 x double> @f(<2 x double> %a) {
  %s = shufflevector <2 x double> %a, <2 x double> poison, <2147483647 x i32> zeroinitializer ; error:60: shuffle mask has 2147483647 lanes (limit 65536)
  ret <2 x double> %s
}
