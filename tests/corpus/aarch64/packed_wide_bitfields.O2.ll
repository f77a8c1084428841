; ModuleID = 'packed_wide_bitfields.c'
source_filename = "packed_wide_bitfields.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"wide[%d] = %d %d %u %u %d tail=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"after: %d %d %u %d tail=%u | %d tail=%u\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"wider: %x %llx %lld %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"cmp %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"mix72\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"i72 signs: %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"u72\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"u72>>5\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"u72/9\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"i100\00", align 1
@.str.10 = private unnamed_addr constant [18 x i8] c"i100 double %.6e\0A\00", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"i100 from double %lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"u127\00", align 1
@.str.13 = private unnamed_addr constant [17 x i8] c"u127 float %.6e\0A\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"max\00", align 1
@g_wide = internal unnamed_addr global [3 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 101, i8 -1, i8 -97, i8 94, i8 0, i8 0, i8 45, i8 -96, i8 -1, i8 7 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 3, i8 0, i8 0, i8 -64, i8 -1, i8 -1, i8 127, i8 8 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 9 }], align 16
@g_wider = internal unnamed_addr global { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -85, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 0, i8 0, i8 0, i8 0, i8 -128, i8 100 }, align 4
@.str.17 = private unnamed_addr constant [19 x i8] c"%s %016llx%016llx\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  %2 = load i72, ptr @g_wide, align 16
  %3 = shl i72 %2, 53
  %4 = ashr exact i72 %3, 53
  %5 = trunc nsw i72 %4 to i32
  %6 = shl i72 %2, 25
  %7 = ashr i72 %6, 44
  %8 = trunc nsw i72 %7 to i32
  %9 = lshr i72 %2, 47
  %10 = trunc nuw nsw i72 %9 to i32
  %11 = and i32 %10, 16383
  %12 = lshr i72 %2, 61
  %13 = trunc nuw nsw i72 %12 to i32
  %14 = and i32 %13, 3
  %15 = ashr i72 %2, 63
  %16 = trunc nsw i72 %15 to i32
  %17 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 9), align 1, !tbaa !6
  %18 = zext i8 %17 to i32
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i32 noundef %5, i32 noundef %8, i32 noundef %11, i32 noundef %14, i32 noundef %16, i32 noundef %18)
  %20 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %21 = shl i72 %20, 53
  %22 = ashr exact i72 %21, 53
  %23 = trunc nsw i72 %22 to i32
  %24 = shl i72 %20, 25
  %25 = ashr i72 %24, 44
  %26 = trunc nsw i72 %25 to i32
  %27 = lshr i72 %20, 47
  %28 = trunc nuw nsw i72 %27 to i32
  %29 = and i32 %28, 16383
  %30 = lshr i72 %20, 61
  %31 = trunc nuw nsw i72 %30 to i32
  %32 = and i32 %31, 3
  %33 = ashr i72 %20, 63
  %34 = trunc nsw i72 %33 to i32
  %35 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 19), align 1, !tbaa !6
  %36 = zext i8 %35 to i32
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i32 noundef %23, i32 noundef %26, i32 noundef %29, i32 noundef %32, i32 noundef %34, i32 noundef %36)
  %38 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %39 = shl i72 %38, 53
  %40 = ashr exact i72 %39, 53
  %41 = trunc nsw i72 %40 to i32
  %42 = shl i72 %38, 25
  %43 = ashr i72 %42, 44
  %44 = trunc nsw i72 %43 to i32
  %45 = lshr i72 %38, 47
  %46 = trunc nuw nsw i72 %45 to i32
  %47 = and i32 %46, 16383
  %48 = lshr i72 %38, 61
  %49 = trunc nuw nsw i72 %48 to i32
  %50 = and i32 %49, 3
  %51 = ashr i72 %38, 63
  %52 = trunc nsw i72 %51 to i32
  %53 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 29), align 1, !tbaa !6
  %54 = zext i8 %53 to i32
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i32 noundef %41, i32 noundef %44, i32 noundef %47, i32 noundef %50, i32 noundef %52, i32 noundef %54)
  %56 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %57 = load i72, ptr @g_wide, align 16
  %58 = lshr i72 %57, 19
  %59 = trunc i72 %58 to i32
  %60 = mul i32 %59, 3
  %61 = and i32 %60, 268435455
  %62 = zext nneg i32 %61 to i72
  %63 = shl nuw nsw i72 %62, 19
  %64 = and i72 %56, 6917529027641081856
  %65 = or disjoint i72 %64, 524281
  %66 = or disjoint i72 %63, %65
  %67 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %68 = lshr i72 %67, 47
  %69 = trunc nuw nsw i72 %68 to i32
  %70 = add nuw nsw i32 %69, 16383
  %71 = and i32 %70, 16383
  %72 = zext nneg i32 %71 to i72
  %73 = shl nuw nsw i72 %72, 47
  %74 = lshr i72 %57, 63
  %75 = trunc nuw nsw i72 %74 to i32
  %76 = add nuw nsw i32 %75, 412
  %77 = and i32 %76, 511
  %78 = zext nneg i32 %77 to i72
  %79 = shl nuw i72 %78, 63
  %80 = or disjoint i72 %66, %73
  %81 = or disjoint i72 %80, %79
  store i72 %81, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %82 = lshr i72 %67, 19
  %83 = trunc i72 %82 to i32
  %84 = add i32 %83, 5
  %85 = and i32 %84, 268435455
  %86 = zext nneg i32 %85 to i72
  %87 = shl nuw nsw i72 %86, 19
  %88 = and i72 %67, -140737487831041
  %89 = or disjoint i72 %87, %88
  store i72 %89, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %90 = shl nuw i72 %62, 44
  %91 = ashr exact i72 %90, 44
  %92 = trunc nsw i72 %91 to i32
  %93 = ashr exact i72 %79, 63
  %94 = trunc nsw i72 %93 to i32
  %95 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 29), align 1, !tbaa !6
  %96 = zext i8 %95 to i32
  %97 = shl nuw i72 %86, 44
  %98 = ashr exact i72 %97, 44
  %99 = trunc nsw i72 %98 to i32
  %100 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 19), align 1, !tbaa !6
  %101 = zext i8 %100 to i32
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef -7, i32 noundef %92, i32 noundef %71, i32 noundef %94, i32 noundef %96, i32 noundef %99, i32 noundef %101)
  %103 = load i8, ptr @g_wider, align 4, !tbaa !11
  %104 = zext i8 %103 to i32
  %105 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 1), align 1
  %106 = zext i40 %105 to i64
  %107 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 6), align 2
  %108 = sext i40 %107 to i64
  %109 = load i8, ptr getelementptr inbounds (i8, ptr @g_wider, i64 11), align 1
  %110 = and i8 %109, 127
  %111 = zext nneg i8 %110 to i32
  %112 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %104, i64 noundef %106, i64 noundef %108, i32 noundef %111)
  %113 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 6), align 2
  %114 = sdiv i40 %113, 3
  %115 = add nsw i40 %114, 1
  store i40 %115, ptr getelementptr inbounds (i8, ptr @g_wider, i64 6), align 2
  %116 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 1), align 1
  %117 = xor i40 %116, 4886718345
  store i40 %117, ptr getelementptr inbounds (i8, ptr @g_wider, i64 1), align 1
  %118 = load i8, ptr @g_wider, align 4, !tbaa !11
  %119 = zext i8 %118 to i32
  %120 = zext i40 %117 to i64
  %121 = sext i40 %115 to i64
  %122 = load i8, ptr getelementptr inbounds (i8, ptr @g_wider, i64 11), align 1
  %123 = and i8 %122, 127
  %124 = zext nneg i8 %123 to i32
  %125 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %119, i64 noundef %120, i64 noundef %121, i32 noundef %124)
  %126 = load i72, ptr @g_wide, align 16
  %127 = shl i72 %126, 25
  %128 = ashr i72 %127, 44
  %129 = trunc nsw i72 %128 to i32
  %130 = lshr i72 %126, 47
  %131 = trunc nuw nsw i72 %130 to i32
  %132 = and i32 %131, 16383
  %133 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %134 = shl i72 %133, 25
  %135 = ashr i72 %134, 44
  %136 = trunc nsw i72 %135 to i32
  %137 = icmp slt i32 %129, %136
  %138 = zext i1 %137 to i32
  %139 = lshr i72 %133, 47
  %140 = trunc nuw nsw i72 %139 to i32
  %141 = and i32 %140, 16383
  %142 = icmp ugt i32 %132, %141
  %143 = zext i1 %142 to i32
  %144 = add nuw nsw i32 %138, %143
  %145 = mul nuw nsw i32 %144, 3
  %146 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %147 = shl i72 %146, 25
  %148 = ashr i72 %147, 44
  %149 = trunc nsw i72 %148 to i32
  %150 = icmp slt i32 %129, %149
  %151 = zext i1 %150 to i32
  %152 = add nuw nsw i32 %145, %151
  %153 = lshr i72 %146, 47
  %154 = trunc nuw nsw i72 %153 to i32
  %155 = and i32 %154, 16383
  %156 = icmp ugt i32 %132, %155
  %157 = zext i1 %156 to i32
  %158 = add nuw nsw i32 %152, %157
  %159 = mul nuw nsw i32 %158, 3
  %160 = icmp slt i32 %136, %129
  %161 = zext i1 %160 to i32
  %162 = add nuw nsw i32 %159, %161
  %163 = icmp ugt i32 %141, %132
  %164 = zext i1 %163 to i32
  %165 = add nuw nsw i32 %162, %164
  %166 = mul nuw nsw i32 %165, 9
  %167 = icmp slt i32 %136, %149
  %168 = zext i1 %167 to i32
  %169 = add nuw nsw i32 %166, %168
  %170 = icmp ugt i32 %141, %155
  %171 = zext i1 %170 to i32
  %172 = add nuw nsw i32 %169, %171
  %173 = mul nuw nsw i32 %172, 3
  %174 = icmp slt i32 %149, %129
  %175 = zext i1 %174 to i32
  %176 = add nuw nsw i32 %173, %175
  %177 = icmp ugt i32 %155, %132
  %178 = zext i1 %177 to i32
  %179 = add nuw nsw i32 %176, %178
  %180 = mul nuw nsw i32 %179, 3
  %181 = icmp slt i32 %149, %136
  %182 = zext i1 %181 to i32
  %183 = add nuw nsw i32 %180, %182
  %184 = icmp ugt i32 %155, %141
  %185 = zext i1 %184 to i32
  %186 = add nuw nsw i32 %183, %185
  %187 = mul nuw nsw i32 %186, 3
  %188 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %187)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store volatile i64 -123456789, ptr %1, align 8, !tbaa !14
  %189 = load volatile i64, ptr %1, align 8, !tbaa !14
  %190 = sext i64 %189 to i72
  %191 = mul nsw i72 %190, 1000003
  %192 = tail call fastcc i72 @mix72(i72 noundef %191)
  %193 = lshr i72 %192, 64
  %194 = trunc nuw nsw i72 %193 to i64
  %195 = trunc i72 %192 to i64
  %196 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.4, i64 noundef %194, i64 noundef %195)
  %197 = icmp slt i64 %189, -987
  %198 = zext i1 %197 to i32
  %199 = lshr i72 %192, 71
  %200 = trunc nuw nsw i72 %199 to i32
  %201 = icmp ugt i72 %191, -1180591620717411303425
  %202 = zext i1 %201 to i32
  %203 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %198, i32 noundef %200, i32 noundef %202)
  %204 = lshr i72 %191, 64
  %205 = trunc nuw nsw i72 %204 to i64
  %206 = trunc i72 %191 to i64
  %207 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.6, i64 noundef %205, i64 noundef %206)
  %208 = lshr i72 %191, 5
  %209 = lshr i72 %191, 69
  %210 = trunc nuw nsw i72 %209 to i64
  %211 = trunc i72 %208 to i64
  %212 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.7, i64 noundef %210, i64 noundef %211)
  %213 = udiv i72 %191, 9
  %214 = lshr i72 %213, 64
  %215 = trunc nuw nsw i72 %214 to i64
  %216 = trunc i72 %213 to i64
  %217 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.8, i64 noundef %215, i64 noundef %216)
  %218 = sext i72 %191 to i100
  %219 = mul nsw i100 %218, -987654321
  %220 = lshr i100 %219, 64
  %221 = trunc nuw nsw i100 %220 to i64
  %222 = trunc i100 %219 to i64
  %223 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.9, i64 noundef %221, i64 noundef %222)
  %224 = sitofp i100 %219 to double
  %225 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %224)
  %226 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef -150000000000000)
  %227 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.12, i64 noundef 6148914691236517205, i64 noundef 6148914691236517205)
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef 0x47D5555555555555)
  %229 = load volatile i64, ptr %1, align 8, !tbaa !14
  %230 = tail call i72 @llvm.smax.i72(i72 %191, i72 %192)
  %231 = sext i64 %229 to i72
  %232 = tail call i72 @llvm.smax.i72(i72 %230, i72 %231)
  %233 = tail call i72 @llvm.smax.i72(i72 %232, i72 -987654321)
  %234 = lshr i72 %233, 64
  %235 = trunc nuw nsw i72 %234 to i64
  %236 = trunc i72 %233 to i64
  %237 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.14, i64 noundef %235, i64 noundef %236)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc range(i72 -337311891629031096509, 337311891633546087692) i72 @mix72(i72 noundef %0) unnamed_addr #3 {
  %2 = mul nsw i72 %0, -987654321
  %3 = ashr i72 %0, 3
  %4 = add nsw i72 %3, 31604938272
  %5 = add i72 %4, %2
  %6 = sdiv i72 %5, 7
  %7 = srem i72 %5, 1000
  %8 = add nsw i72 %6, %7
  ret i72 %8
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i72 @llvm.smax.i72(i72, i72) #4

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !9, i64 9}
!7 = !{!"Wide", !8, i64 0, !8, i64 2, !8, i64 5, !8, i64 7, !8, i64 7, !9, i64 9}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!12, !9, i64 0}
!12 = !{!"Wider", !9, i64 0, !13, i64 1, !13, i64 6, !8, i64 11}
!13 = !{!"long long", !9, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !9, i64 0}
