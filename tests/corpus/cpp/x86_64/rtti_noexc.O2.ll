; ModuleID = 'rtti.cpp'
source_filename = "rtti.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Leaf = type { %struct.Node.base, i32 }
%struct.Node.base = type <{ ptr, i32 }>
%struct.Branch = type { %struct.Node.base, %"class.std::vector" }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl" }
%"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl" = type { %"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl_data" }
%"struct.std::_Vector_base<Node *, std::allocator<Node *>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%struct.Fancy = type { %struct.Leaf, %struct.Mixin }
%struct.Mixin = type { ptr }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }

$_Z8categoryIcEPKcRKT_ = comdat any

$_ZN5FancyD2Ev = comdat any

$_ZN6BranchD2Ev = comdat any

$_ZN4NodeD2Ev = comdat any

$_ZN4LeafD0Ev = comdat any

$_ZN6BranchD0Ev = comdat any

$_ZN5FancyD0Ev = comdat any

$_ZNK5Fancy3mixEv = comdat any

$_ZThn16_N5FancyD1Ev = comdat any

$_ZThn16_N5FancyD0Ev = comdat any

$_ZThn16_NK5Fancy3mixEv = comdat any

$_ZN7MyErrorD0Ev = comdat any

$_ZTS4Node = comdat any

$_ZTI4Node = comdat any

$_ZTS4Leaf = comdat any

$_ZTI4Leaf = comdat any

$_ZTS6Branch = comdat any

$_ZTI6Branch = comdat any

$_ZTS5Fancy = comdat any

$_ZTS5Mixin = comdat any

$_ZTI5Mixin = comdat any

$_ZTI5Fancy = comdat any

$_ZTS5Plain = comdat any

$_ZTSSt6vectorIiSaIiEE = comdat any

$_ZTS7MyError = comdat any

$_ZTI7MyError = comdat any

$_ZTV4Leaf = comdat any

$_ZTV6Branch = comdat any

$_ZTV5Fancy = comdat any

$_ZTV7MyError = comdat any

$_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

@.str = private unnamed_addr constant [31 x i8] c"%s: leaf %d branch %d fancy %d\00", align 1
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS4Node = linkonce_odr dso_local constant [6 x i8] c"4Node\00", comdat, align 1
@_ZTI4Node = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS4Node }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS4Leaf = linkonce_odr dso_local constant [6 x i8] c"4Leaf\00", comdat, align 1
@_ZTI4Leaf = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS4Leaf, ptr @_ZTI4Node }, comdat, align 8
@_ZTS6Branch = linkonce_odr dso_local constant [8 x i8] c"6Branch\00", comdat, align 1
@_ZTI6Branch = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Branch, ptr @_ZTI4Node }, comdat, align 8
@_ZTVN10__cxxabiv121__vmi_class_type_infoE = external global [0 x ptr]
@_ZTS5Fancy = linkonce_odr dso_local constant [7 x i8] c"5Fancy\00", comdat, align 1
@_ZTS5Mixin = linkonce_odr dso_local constant [7 x i8] c"5Mixin\00", comdat, align 1
@_ZTI5Mixin = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Mixin }, comdat, align 8
@_ZTI5Fancy = linkonce_odr dso_local constant { ptr, ptr, i32, i32, ptr, i64, ptr, i64 } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv121__vmi_class_type_infoE, i64 2), ptr @_ZTS5Fancy, i32 0, i32 2, ptr @_ZTI4Leaf, i64 2, ptr @_ZTI5Mixin, i64 4098 }, comdat, align 8
@.str.1 = private unnamed_addr constant [19 x i8] c" cross-cast mix %d\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c" most-derived %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [34 x i8] c"typeid(leaf) == typeid(Leaf): %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"typeid(leaf) == typeid(Node): %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [27 x i8] c"static types: %s %s %s %s\0A\00", align 1
@_ZTIi = external local_unnamed_addr constant ptr
@_ZTIPKc = external local_unnamed_addr constant ptr
@_ZTS5Plain = linkonce_odr dso_local constant [7 x i8] c"5Plain\00", comdat, align 1
@_ZTSSt6vectorIiSaIiEE = linkonce_odr dso_local constant [18 x i8] c"St6vectorIiSaIiEE\00", comdat, align 1
@.str.6 = private unnamed_addr constant [25 x i8] c"categories: %s %s %s %s\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"before: %d\0A\00", align 1
@_ZTId = external local_unnamed_addr constant ptr
@.str.9 = private unnamed_addr constant [38 x i8] c"hash codes equal for equal types: %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [53 x i8] c"cross-cast back to Node gives id %d, same object %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"custom\00", align 1
@.str.12 = private unnamed_addr constant [17 x i8] c"from the library\00", align 1
@.str.13 = private unnamed_addr constant [71 x i8] c"MyError: runtime_error %d, MyError code %d, logic_error %d, what '%s'\0A\00", align 1
@_ZTISt9exception = external constant ptr
@_ZTISt13runtime_error = external constant ptr
@_ZTS7MyError = linkonce_odr dso_local constant [9 x i8] c"7MyError\00", comdat, align 1
@_ZTI7MyError = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS7MyError, ptr @_ZTISt13runtime_error }, comdat, align 8
@_ZTISt11logic_error = external constant ptr
@.str.14 = private unnamed_addr constant [72 x i8] c"out_of_range: logic_error %d, MyError %d, typeid matches %d, what '%s'\0A\00", align 1
@_ZTISt12out_of_range = external local_unnamed_addr constant ptr
@.str.15 = private unnamed_addr constant [14 x i8] c"names: %s %s\0A\00", align 1
@_ZTV4Leaf = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI4Leaf, ptr @_ZN4NodeD2Ev, ptr @_ZN4LeafD0Ev] }, comdat, align 8
@_ZTV6Branch = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI6Branch, ptr @_ZN6BranchD2Ev, ptr @_ZN6BranchD0Ev] }, comdat, align 8
@_ZTV5Fancy = linkonce_odr dso_local unnamed_addr constant { [5 x ptr], [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Fancy, ptr @_ZN5FancyD2Ev, ptr @_ZN5FancyD0Ev, ptr @_ZNK5Fancy3mixEv], [5 x ptr] [ptr inttoptr (i64 -16 to ptr), ptr @_ZTI5Fancy, ptr @_ZThn16_N5FancyD1Ev, ptr @_ZThn16_N5FancyD0Ev, ptr @_ZThn16_NK5Fancy3mixEv] }, comdat, align 8
@_ZTV7MyError = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI7MyError, ptr @_ZNSt13runtime_errorD2Ev, ptr @_ZN7MyErrorD0Ev, ptr @_ZNKSt13runtime_error4whatEv] }, comdat, align 8
@.str.17 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.18 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant [53 x i8] c"NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE\00", comdat, align 1
@.str.19 = private unnamed_addr constant [12 x i8] c"std::string\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@_ZTIc = external local_unnamed_addr constant ptr
@str = private unnamed_addr constant [48 x i8] c"no exceptions: failed reference casts not tried\00", align 1

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.Leaf, align 8
  %2 = alloca %struct.Branch, align 8
  %3 = alloca %struct.Fancy, align 8
  %4 = alloca [3 x ptr], align 16
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #15
  %7 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 0, ptr %7, align 8, !tbaa !5
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV4Leaf, i64 16), ptr %1, align 8, !tbaa !10
  %8 = getelementptr inbounds i8, ptr %1, i64 12
  store i32 1, ptr %8, align 4, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %2) #15
  %9 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 0, ptr %9, align 8, !tbaa !5
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %10 = getelementptr inbounds i8, ptr %2, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %10, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #15
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 0, ptr %11, align 8, !tbaa !5
  %12 = getelementptr inbounds i8, ptr %3, i64 12
  store i32 1, ptr %12, align 4, !tbaa !12
  %13 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 16), ptr %3, align 8, !tbaa !10
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 56), ptr %13, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #15
  store ptr %1, ptr %4, align 16, !tbaa !14
  %14 = getelementptr inbounds i8, ptr %4, i64 8
  store ptr %2, ptr %14, align 8, !tbaa !14
  %15 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %3, ptr %15, align 16, !tbaa !14
  br label %188

16:                                               ; preds = %239
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1)
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0)
  %19 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIi, i64 8), align 8, !tbaa !16
  %20 = load i8, ptr %19, align 1, !tbaa !18
  %21 = icmp eq i8 %20, 42
  %22 = zext i1 %21 to i64
  %23 = getelementptr inbounds i8, ptr %19, i64 %22
  %24 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIPKc, i64 8), align 8, !tbaa !16
  %25 = load i8, ptr %24, align 1, !tbaa !18
  %26 = icmp eq i8 %25, 42
  %27 = zext i1 %26 to i64
  %28 = getelementptr inbounds i8, ptr %24, i64 %27
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %23, ptr noundef nonnull %28, ptr noundef nonnull @_ZTS5Plain, ptr noundef nonnull @_ZTSSt6vectorIiSaIiEE)
  %30 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %31 = icmp eq ptr %30, %19
  br i1 %31, label %43, label %32

32:                                               ; preds = %16
  %33 = load i8, ptr %30, align 1, !tbaa !18
  %34 = icmp eq i8 %33, 42
  br i1 %34, label %42, label %35

35:                                               ; preds = %32
  %36 = load i8, ptr %19, align 1, !tbaa !18
  %37 = icmp eq i8 %36, 42
  %38 = zext i1 %37 to i64
  %39 = getelementptr inbounds i8, ptr %19, i64 %38
  %40 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %30, ptr noundef nonnull dereferenceable(1) %39) #15
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %43, label %42

42:                                               ; preds = %35, %32
  br label %43

43:                                               ; preds = %16, %35, %42
  %44 = phi ptr [ @.str.17, %35 ], [ @.str.18, %42 ], [ @.str.17, %16 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #15
  %45 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %45, ptr %5, align 8, !tbaa !19
  store i8 115, ptr %45, align 8, !tbaa !18
  %46 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 1, ptr %46, align 8, !tbaa !21
  %47 = getelementptr inbounds i8, ptr %5, i64 17
  store i8 0, ptr %47, align 1, !tbaa !18
  %48 = icmp eq ptr %19, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %48, label %66, label %49

49:                                               ; preds = %43
  %50 = load i8, ptr %19, align 1, !tbaa !18
  %51 = icmp eq i8 %50, 42
  %52 = zext i1 %51 to i64
  %53 = getelementptr inbounds i8, ptr %19, i64 %52
  %54 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %53) #15
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %66, label %56

56:                                               ; preds = %49
  %57 = icmp eq ptr %30, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %57, label %66, label %58

58:                                               ; preds = %56
  %59 = load i8, ptr %30, align 1, !tbaa !18
  %60 = icmp eq i8 %59, 42
  %61 = zext i1 %60 to i64
  %62 = getelementptr inbounds i8, ptr %30, i64 %61
  %63 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %62) #15
  %64 = icmp eq i32 %63, 0
  %65 = select i1 %64, ptr @.str.18, ptr @.str.19
  br label %66

66:                                               ; preds = %43, %49, %56, %58
  %67 = phi ptr [ @.str.17, %49 ], [ @.str.17, %43 ], [ @.str.18, %56 ], [ %65, %58 ]
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %6) #15
  store i8 99, ptr %6, align 1, !tbaa !18
  %68 = call noundef ptr @_Z8categoryIcEPKcRKT_(ptr noundef nonnull align 1 dereferenceable(1) %6)
  %69 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.17, ptr noundef nonnull %44, ptr noundef nonnull %67, ptr noundef %68)
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %6) #15
  %70 = load ptr, ptr %5, align 8, !tbaa !24
  %71 = icmp eq ptr %70, %45
  br i1 %71, label %75, label %72

72:                                               ; preds = %66
  %73 = load i64, ptr %45, align 8, !tbaa !18
  %74 = add i64 %73, 1
  call void @_ZdlPvm(ptr noundef %70, i64 noundef %74) #16
  br label %75

75:                                               ; preds = %66, %72
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #15
  %76 = load i8, ptr %19, align 1, !tbaa !18
  %77 = icmp eq i8 %76, 42
  br i1 %77, label %78, label %81

78:                                               ; preds = %75
  %79 = load i8, ptr %30, align 1, !tbaa !18
  %80 = icmp eq i8 %79, 42
  br i1 %80, label %86, label %81

81:                                               ; preds = %75, %78
  %82 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %19, ptr noundef nonnull dereferenceable(1) %30) #15
  %83 = icmp slt i32 %82, 0
  %84 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %30, ptr noundef nonnull dereferenceable(1) %19) #15
  %85 = icmp slt i32 %84, 0
  br label %89

86:                                               ; preds = %78
  %87 = icmp ult ptr %19, %30
  %88 = icmp ult ptr %30, %19
  br label %89

89:                                               ; preds = %81, %86
  %90 = phi i1 [ %83, %81 ], [ %87, %86 ]
  %91 = phi i1 [ %85, %81 ], [ %88, %86 ]
  %92 = xor i1 %90, %91
  %93 = zext i1 %92 to i32
  %94 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %93)
  %95 = call noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911) #15
  %96 = call noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911) #15
  %97 = icmp eq i64 %95, %96
  %98 = zext i1 %97 to i32
  %99 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %98)
  %100 = call ptr @__dynamic_cast(ptr nonnull %13, ptr nonnull @_ZTI5Mixin, ptr nonnull @_ZTI4Node, i64 -2) #15
  %101 = getelementptr inbounds i8, ptr %100, i64 8
  %102 = load i32, ptr %101, align 8, !tbaa !5
  %103 = icmp eq ptr %100, %3
  %104 = zext i1 %103 to i32
  %105 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %102, i32 noundef %104)
  %106 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #17
  call void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %106, ptr noundef nonnull @.str.11) #15
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7MyError, i64 16), ptr %106, align 8, !tbaa !10
  %107 = getelementptr inbounds i8, ptr %106, i64 16
  store i32 7, ptr %107, align 8, !tbaa !25
  %108 = call noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #17
  call void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %108, ptr noundef nonnull @.str.12) #15
  %109 = call ptr @__dynamic_cast(ptr nonnull %106, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt13runtime_error, i64 0) #15
  %110 = icmp ne ptr %109, null
  %111 = zext i1 %110 to i32
  %112 = call ptr @__dynamic_cast(ptr nonnull %106, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTI7MyError, i64 0) #15
  %113 = getelementptr inbounds i8, ptr %112, i64 16
  %114 = load i32, ptr %113, align 8, !tbaa !25
  %115 = call ptr @__dynamic_cast(ptr nonnull %106, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt11logic_error, i64 0) #15
  %116 = icmp ne ptr %115, null
  %117 = zext i1 %116 to i32
  %118 = load ptr, ptr %106, align 8, !tbaa !10
  %119 = getelementptr inbounds i8, ptr %118, i64 16
  %120 = load ptr, ptr %119, align 8
  %121 = call noundef ptr %120(ptr noundef nonnull align 8 dereferenceable(8) %106) #15
  %122 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %111, i32 noundef %114, i32 noundef %117, ptr noundef %121)
  %123 = call ptr @__dynamic_cast(ptr nonnull %108, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt11logic_error, i64 0) #15
  %124 = icmp ne ptr %123, null
  %125 = zext i1 %124 to i32
  %126 = call ptr @__dynamic_cast(ptr nonnull %108, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTI7MyError, i64 0) #15
  %127 = icmp ne ptr %126, null
  %128 = zext i1 %127 to i32
  %129 = load ptr, ptr %108, align 8, !tbaa !10
  %130 = getelementptr inbounds i8, ptr %129, i64 -8
  %131 = load ptr, ptr %130, align 8
  %132 = getelementptr inbounds i8, ptr %131, i64 8
  %133 = load ptr, ptr %132, align 8, !tbaa !16
  %134 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTISt12out_of_range, i64 8), align 8, !tbaa !16
  %135 = icmp eq ptr %133, %134
  br i1 %135, label %147, label %136

136:                                              ; preds = %89
  %137 = load i8, ptr %133, align 1, !tbaa !18
  %138 = icmp eq i8 %137, 42
  br i1 %138, label %147, label %139

139:                                              ; preds = %136
  %140 = load i8, ptr %134, align 1, !tbaa !18
  %141 = icmp eq i8 %140, 42
  %142 = zext i1 %141 to i64
  %143 = getelementptr inbounds i8, ptr %134, i64 %142
  %144 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %133, ptr noundef nonnull dereferenceable(1) %143) #15
  %145 = icmp eq i32 %144, 0
  %146 = zext i1 %145 to i32
  br label %147

147:                                              ; preds = %89, %136, %139
  %148 = phi i32 [ 1, %89 ], [ 0, %136 ], [ %146, %139 ]
  %149 = getelementptr inbounds i8, ptr %129, i64 16
  %150 = load ptr, ptr %149, align 8
  %151 = call noundef ptr %150(ptr noundef nonnull align 8 dereferenceable(8) %108) #15
  %152 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %125, i32 noundef %128, i32 noundef %148, ptr noundef %151)
  %153 = load ptr, ptr %106, align 8, !tbaa !10
  %154 = getelementptr inbounds i8, ptr %153, i64 -8
  %155 = load ptr, ptr %154, align 8
  %156 = getelementptr inbounds i8, ptr %155, i64 8
  %157 = load ptr, ptr %156, align 8, !tbaa !16
  %158 = load i8, ptr %157, align 1, !tbaa !18
  %159 = icmp eq i8 %158, 42
  %160 = zext i1 %159 to i64
  %161 = getelementptr inbounds i8, ptr %157, i64 %160
  %162 = load ptr, ptr %108, align 8, !tbaa !10
  %163 = getelementptr inbounds i8, ptr %162, i64 -8
  %164 = load ptr, ptr %163, align 8
  %165 = getelementptr inbounds i8, ptr %164, i64 8
  %166 = load ptr, ptr %165, align 8, !tbaa !16
  %167 = load i8, ptr %166, align 1, !tbaa !18
  %168 = icmp eq i8 %167, 42
  %169 = zext i1 %168 to i64
  %170 = getelementptr inbounds i8, ptr %166, i64 %169
  %171 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull %161, ptr noundef nonnull %170)
  %172 = load ptr, ptr %106, align 8, !tbaa !10
  %173 = getelementptr inbounds i8, ptr %172, i64 8
  %174 = load ptr, ptr %173, align 8
  call void %174(ptr noundef nonnull align 8 dereferenceable(8) %106) #15
  %175 = load ptr, ptr %108, align 8, !tbaa !10
  %176 = getelementptr inbounds i8, ptr %175, i64 8
  %177 = load ptr, ptr %176, align 8
  call void %177(ptr noundef nonnull align 8 dereferenceable(8) %108) #15
  %178 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %179 = load ptr, ptr %10, align 8, !tbaa !30
  %180 = icmp eq ptr %179, null
  br i1 %180, label %187, label %181

181:                                              ; preds = %147
  %182 = getelementptr inbounds i8, ptr %2, i64 32
  %183 = load ptr, ptr %182, align 8, !tbaa !32
  %184 = ptrtoint ptr %183 to i64
  %185 = ptrtoint ptr %179 to i64
  %186 = sub i64 %184, %185
  call void @_ZdlPvm(ptr noundef nonnull %179, i64 noundef %186) #16
  br label %187

187:                                              ; preds = %147, %181
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #15
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #15
  ret i32 0

188:                                              ; preds = %0, %239
  %189 = phi i64 [ 0, %0 ], [ %243, %239 ]
  %190 = getelementptr inbounds i8, ptr %4, i64 %189
  %191 = load ptr, ptr %190, align 8, !tbaa !14
  %192 = icmp eq ptr %191, null
  br i1 %192, label %193, label %194

193:                                              ; preds = %188
  call void @__cxa_bad_typeid() #18
  unreachable

194:                                              ; preds = %188
  %195 = load ptr, ptr %191, align 8, !tbaa !10
  %196 = getelementptr inbounds i8, ptr %195, i64 -8
  %197 = load ptr, ptr %196, align 8
  %198 = getelementptr inbounds i8, ptr %197, i64 8
  %199 = load ptr, ptr %198, align 8, !tbaa !16
  %200 = load i8, ptr %199, align 1, !tbaa !18
  %201 = icmp eq i8 %200, 42
  %202 = zext i1 %201 to i64
  %203 = getelementptr inbounds i8, ptr %199, i64 %202
  %204 = call ptr @__dynamic_cast(ptr nonnull %191, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #15
  %205 = icmp ne ptr %204, null
  %206 = zext i1 %205 to i32
  %207 = call ptr @__dynamic_cast(ptr nonnull %191, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI6Branch, i64 0) #15
  %208 = icmp ne ptr %207, null
  %209 = zext i1 %208 to i32
  %210 = call ptr @__dynamic_cast(ptr nonnull %191, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Fancy, i64 0) #15
  %211 = icmp ne ptr %210, null
  %212 = zext i1 %211 to i32
  %213 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %203, i32 noundef %206, i32 noundef %209, i32 noundef %212)
  %214 = call ptr @__dynamic_cast(ptr nonnull %191, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Mixin, i64 -2) #15
  %215 = icmp eq ptr %214, null
  br i1 %215, label %222, label %216

216:                                              ; preds = %194
  %217 = load ptr, ptr %214, align 8, !tbaa !10
  %218 = getelementptr inbounds i8, ptr %217, i64 16
  %219 = load ptr, ptr %218, align 8
  %220 = call noundef i32 %219(ptr noundef nonnull align 8 dereferenceable(8) %214) #15
  %221 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %220)
  br label %222

222:                                              ; preds = %216, %194
  %223 = load ptr, ptr %191, align 8, !tbaa !10
  %224 = getelementptr inbounds i8, ptr %223, i64 -16
  %225 = load i64, ptr %224, align 8
  %226 = icmp eq i64 %225, 0
  br i1 %226, label %239, label %227

227:                                              ; preds = %222
  %228 = getelementptr inbounds i8, ptr %223, i64 -8
  %229 = load ptr, ptr %228, align 8
  %230 = getelementptr inbounds i8, ptr %229, i64 8
  %231 = load ptr, ptr %230, align 8, !tbaa !16
  %232 = icmp eq ptr %231, @_ZTS5Fancy
  br i1 %232, label %239, label %233

233:                                              ; preds = %227
  %234 = load i8, ptr %231, align 1, !tbaa !18
  %235 = icmp eq i8 %234, 42
  br i1 %235, label %239, label %236

236:                                              ; preds = %233
  %237 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %231, ptr noundef nonnull dereferenceable(7) @_ZTS5Fancy) #15
  %238 = icmp eq i32 %237, 0
  br label %239

239:                                              ; preds = %236, %233, %227, %222
  %240 = phi i1 [ true, %222 ], [ true, %227 ], [ false, %233 ], [ %238, %236 ]
  %241 = zext i1 %240 to i32
  %242 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %241)
  %243 = add nuw nsw i64 %189, 8
  %244 = icmp eq i64 %243, 24
  br i1 %244, label %16, label %188
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare void @__cxa_bad_typeid() local_unnamed_addr

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare ptr @__dynamic_cast(ptr, ptr, ptr, i64) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_Z8categoryIcEPKcRKT_(ptr noundef nonnull align 1 dereferenceable(1) %0) local_unnamed_addr #4 comdat {
  %2 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIc, i64 8), align 8, !tbaa !16
  %3 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIi, i64 8), align 8, !tbaa !16
  %4 = icmp eq ptr %2, %3
  br i1 %4, label %37, label %5

5:                                                ; preds = %1
  %6 = load i8, ptr %2, align 1, !tbaa !18
  %7 = icmp eq i8 %6, 42
  br i1 %7, label %15, label %8

8:                                                ; preds = %5
  %9 = load i8, ptr %3, align 1, !tbaa !18
  %10 = icmp eq i8 %9, 42
  %11 = zext i1 %10 to i64
  %12 = getelementptr inbounds i8, ptr %3, i64 %11
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %12) #15
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %37, label %18

15:                                               ; preds = %5
  %16 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %17 = icmp eq ptr %2, %16
  br i1 %17, label %37, label %28

18:                                               ; preds = %8
  %19 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %20 = icmp eq ptr %2, %19
  br i1 %20, label %37, label %21

21:                                               ; preds = %18
  %22 = load i8, ptr %19, align 1, !tbaa !18
  %23 = icmp eq i8 %22, 42
  %24 = zext i1 %23 to i64
  %25 = getelementptr inbounds i8, ptr %19, i64 %24
  %26 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %25) #15
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %37, label %30

28:                                               ; preds = %15
  %29 = icmp eq ptr %2, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %29, label %36, label %37

30:                                               ; preds = %21
  %31 = icmp eq ptr %2, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %31, label %36, label %32

32:                                               ; preds = %30
  %33 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE) #15
  %34 = freeze i32 %33
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %37

36:                                               ; preds = %30, %28, %32
  br label %37

37:                                               ; preds = %28, %18, %15, %1, %36, %32, %21, %8
  %38 = phi ptr [ @.str.17, %8 ], [ @.str.18, %21 ], [ @.str.19, %36 ], [ @.str.20, %32 ], [ @.str.17, %1 ], [ @.str.18, %15 ], [ @.str.18, %18 ], [ @.str.20, %28 ]
  ret ptr %38
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #5

declare void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #6

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 comdat align 2 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !10
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !30
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !32
  %8 = ptrtoint ptr %7 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = sub i64 %8, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #16
  br label %11

11:                                               ; preds = %1, %5
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4NodeD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #4 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4LeafD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #7 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #16
  ret void
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 comdat align 2 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !10
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !30
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !32
  %8 = ptrtoint ptr %7 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = sub i64 %8, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #16
  br label %11

11:                                               ; preds = %1, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #16
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #16
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK5Fancy3mixEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat align 2 {
  ret i32 30
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD1Ev(ptr noundef %0) unnamed_addr #9 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD0Ev(ptr noundef %0) unnamed_addr #9 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 -16
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 24) #16
  ret void
}

; Function Attrs: nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZThn16_NK5Fancy3mixEv(ptr noundef %0) unnamed_addr #10 comdat align 2 {
  ret i32 30
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #11

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #6

declare void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #6

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #12

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7MyErrorD0Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) unnamed_addr #7 comdat align 2 {
  tail call void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) #15
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #16
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZNKSt13runtime_error4whatEv(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #12

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #13

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #14

attributes #0 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #4 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nofree nounwind }
attributes #14 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #15 = { nounwind }
attributes #16 = { builtin nounwind }
attributes #17 = { builtin nounwind allocsize(0) }
attributes #18 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 8}
!6 = !{!"_ZTS4Node", !7, i64 8}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"vtable pointer", !9, i64 0}
!12 = !{!13, !7, i64 12}
!13 = !{!"_ZTS4Leaf", !6, i64 0, !7, i64 12}
!14 = !{!15, !15, i64 0}
!15 = !{!"any pointer", !8, i64 0}
!16 = !{!17, !15, i64 8}
!17 = !{!"_ZTSSt9type_info", !15, i64 8}
!18 = !{!8, !8, i64 0}
!19 = !{!20, !15, i64 0}
!20 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !15, i64 0}
!21 = !{!22, !23, i64 8}
!22 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !20, i64 0, !23, i64 8, !8, i64 16}
!23 = !{!"long", !8, i64 0}
!24 = !{!22, !15, i64 0}
!25 = !{!26, !7, i64 16}
!26 = !{!"_ZTS7MyError", !27, i64 0, !7, i64 16}
!27 = !{!"_ZTSSt13runtime_error", !28, i64 0, !29, i64 8}
!28 = !{!"_ZTSSt9exception"}
!29 = !{!"_ZTSSt12__cow_string", !8, i64 0}
!30 = !{!31, !15, i64 0}
!31 = !{!"_ZTSNSt12_Vector_baseIP4NodeSaIS1_EE17_Vector_impl_dataE", !15, i64 0, !15, i64 8, !15, i64 16}
!32 = !{!31, !15, i64 16}
