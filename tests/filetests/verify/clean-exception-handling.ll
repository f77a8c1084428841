; Well-formed exception handling verifies clean: invoke results used in the normal
; destination (directly and by a phi entry on the invoke's own edge), two invokes unwinding
; to one pad block with a phi, a cleanup pad that resumes, a loop of invokes, and
; llvm.eh.typeid.for under both of its names.
; test verify

@_ZTIi = external constant ptr

declare i32 @__gxx_personality_v0(...)
declare i32 @g(i32)
declare i32 @llvm.eh.typeid.for.p0(ptr)
declare i32 @llvm.eh.typeid.for(ptr)

define i32 @f(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %a = invoke i32 @g(i32 %x)
          to label %next unwind label %lpad
next:
  %s = add i32 %a, 1
  %b = invoke i32 @g(i32 %s)
          to label %join unwind label %lpad
join:
  %r = phi i32 [ %b, %next ]
  ret i32 %r
lpad:
  %which = phi i32 [ 0, %entry ], [ %a, %next ]
  %lp = landingpad { ptr, i32 }
          catch ptr @_ZTIi
          catch ptr null
  %sel = extractvalue { ptr, i32 } %lp, 1
  %ti = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi)
  %ti2 = call i32 @llvm.eh.typeid.for(ptr @_ZTIi)
  %is_int = icmp eq i32 %sel, %ti
  br i1 %is_int, label %caught, label %rethrow
caught:
  ret i32 %which
rethrow:
  resume { ptr, i32 } %lp
}

define void @loop(i32 %n) personality ptr @__gxx_personality_v0 {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %done = icmp eq i32 %i, %n
  br i1 %done, label %exit, label %call
call:
  %v = invoke i32 @g(i32 %i)
          to label %body unwind label %cleanup
body:
  %i.next = add i32 %i, %v
  br label %head
exit:
  ret void
cleanup:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
