; ll-reader seed 1291719 (struct_large.O2.ll mutated): a `<2147483647 x i32>
; zeroinitializer` shuffle mask was expanded lane by lane, 30 s and 8 GiB per parse.
; Fixed in jit-core's reader (instructions.rs, MAX_SHUFFLE_LANES): now a Limit error.
define <2 x double> @f(<2 x double> %a) {
  %s = shufflevector <2 x double> %a, <2 x double> poison, <2147483647 x i32> zeroinitializer
  ret <2 x double> %s
}
