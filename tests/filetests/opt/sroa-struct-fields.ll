; test opt sroa
; A struct local accessed field by field becomes one SSA value per field.
; run: @dist2(3, 4) == 25
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

%struct.point = type { i32, i32, double }

define i32 @dist2(i32 %x, i32 %y) {
  %p = alloca %struct.point, align 8
  %px = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 0
  store i32 %x, ptr %px, align 8
  %py = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 1
  store i32 %y, ptr %py, align 4
  %pz = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 2
  store double 0.0, ptr %pz, align 8
  %a = load i32, ptr %px, align 8
  %b = load i32, ptr %py, align 4
  %aa = mul i32 %a, %a
  %bb = mul i32 %b, %b
  %s = add i32 %aa, %bb
  ret i32 %s
}
