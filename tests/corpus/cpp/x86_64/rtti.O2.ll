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

$_ZNKSt9type_infoeqERKS_ = comdat any

$_Z8categoryIcEPKcRKT_ = comdat any

$__clang_call_terminate = comdat any

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
@_ZTISt12out_of_range = external constant ptr
@.str.15 = private unnamed_addr constant [14 x i8] c"names: %s %s\0A\00", align 1
@_ZTISt8bad_cast = external constant ptr
@.str.16 = private unnamed_addr constant [15 x i8] c"unexpected %d\0A\00", align 1
@.str.17 = private unnamed_addr constant [22 x i8] c"bad_cast caught (%s)\0A\00", align 1
@.str.18 = private unnamed_addr constant [5 x i8] c"cast\00", align 1
@.str.19 = private unnamed_addr constant [14 x i8] c"mentions cast\00", align 1
@_ZTISt10bad_typeid = external constant ptr
@_ZTV4Leaf = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI4Leaf, ptr @_ZN4NodeD2Ev, ptr @_ZN4LeafD0Ev] }, comdat, align 8
@_ZTV6Branch = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI6Branch, ptr @_ZN6BranchD2Ev, ptr @_ZN6BranchD0Ev] }, comdat, align 8
@_ZTV5Fancy = linkonce_odr dso_local unnamed_addr constant { [5 x ptr], [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Fancy, ptr @_ZN5FancyD2Ev, ptr @_ZN5FancyD0Ev, ptr @_ZNK5Fancy3mixEv], [5 x ptr] [ptr inttoptr (i64 -16 to ptr), ptr @_ZTI5Fancy, ptr @_ZThn16_N5FancyD1Ev, ptr @_ZThn16_N5FancyD0Ev, ptr @_ZThn16_NK5Fancy3mixEv] }, comdat, align 8
@_ZTV7MyError = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI7MyError, ptr @_ZNSt13runtime_errorD2Ev, ptr @_ZN7MyErrorD0Ev, ptr @_ZNKSt13runtime_error4whatEv] }, comdat, align 8
@.str.22 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.23 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant [53 x i8] c"NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE\00", comdat, align 1
@.str.24 = private unnamed_addr constant [12 x i8] c"std::string\00", align 1
@.str.25 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@_ZTIc = external local_unnamed_addr constant ptr
@str = private unnamed_addr constant [18 x i8] c"bad_typeid caught\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %struct.Leaf, align 8
  %2 = alloca %struct.Branch, align 8
  %3 = alloca %struct.Fancy, align 8
  %4 = alloca [3 x ptr], align 16
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #17
  %7 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 0, ptr %7, align 8, !tbaa !5
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV4Leaf, i64 16), ptr %1, align 8, !tbaa !10
  %8 = getelementptr inbounds i8, ptr %1, i64 12
  store i32 1, ptr %8, align 4, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %2) #17
  %9 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 0, ptr %9, align 8, !tbaa !5
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %10 = getelementptr inbounds i8, ptr %2, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %10, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #17
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 0, ptr %11, align 8, !tbaa !5
  %12 = getelementptr inbounds i8, ptr %3, i64 12
  store i32 1, ptr %12, align 4, !tbaa !12
  %13 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 16), ptr %3, align 8, !tbaa !10
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 56), ptr %13, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #17
  store ptr %1, ptr %4, align 16, !tbaa !14
  %14 = getelementptr inbounds i8, ptr %4, i64 8
  store ptr %2, ptr %14, align 8, !tbaa !14
  %15 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %3, ptr %15, align 16, !tbaa !14
  br label %49

16:                                               ; preds = %106
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
  %40 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %30, ptr noundef nonnull dereferenceable(1) %39) #17
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %43, label %42

42:                                               ; preds = %35, %32
  br label %43

43:                                               ; preds = %16, %35, %42
  %44 = phi ptr [ @.str.22, %35 ], [ @.str.23, %42 ], [ @.str.22, %16 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #17
  %45 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %45, ptr %5, align 8, !tbaa !19
  store i8 115, ptr %45, align 8, !tbaa !18
  %46 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 1, ptr %46, align 8, !tbaa !21
  %47 = getelementptr inbounds i8, ptr %5, i64 17
  store i8 0, ptr %47, align 1, !tbaa !18
  %48 = icmp eq ptr %19, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %48, label %129, label %112

49:                                               ; preds = %0, %106
  %50 = phi i64 [ 0, %0 ], [ %110, %106 ]
  %51 = getelementptr inbounds i8, ptr %4, i64 %50
  %52 = load ptr, ptr %51, align 8, !tbaa !14
  %53 = icmp eq ptr %52, null
  br i1 %53, label %54, label %56

54:                                               ; preds = %49
  invoke void @__cxa_bad_typeid() #18
          to label %55 unwind label %78

55:                                               ; preds = %54
  unreachable

56:                                               ; preds = %49
  %57 = load ptr, ptr %52, align 8, !tbaa !10
  %58 = getelementptr inbounds i8, ptr %57, i64 -8
  %59 = load ptr, ptr %58, align 8
  %60 = getelementptr inbounds i8, ptr %59, i64 8
  %61 = load ptr, ptr %60, align 8, !tbaa !16
  %62 = load i8, ptr %61, align 1, !tbaa !18
  %63 = icmp eq i8 %62, 42
  %64 = zext i1 %63 to i64
  %65 = getelementptr inbounds i8, ptr %61, i64 %64
  %66 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #17
  %67 = icmp ne ptr %66, null
  %68 = zext i1 %67 to i32
  %69 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI6Branch, i64 0) #17
  %70 = icmp ne ptr %69, null
  %71 = zext i1 %70 to i32
  %72 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Fancy, i64 0) #17
  %73 = icmp ne ptr %72, null
  %74 = zext i1 %73 to i32
  %75 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %65, i32 noundef %68, i32 noundef %71, i32 noundef %74)
  %76 = call ptr @__dynamic_cast(ptr nonnull %52, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Mixin, i64 -2) #17
  %77 = icmp eq ptr %76, null
  br i1 %77, label %89, label %80

78:                                               ; preds = %54
  %79 = landingpad { ptr, i32 }
          cleanup
  br label %302

80:                                               ; preds = %56
  %81 = load ptr, ptr %76, align 8, !tbaa !10
  %82 = getelementptr inbounds i8, ptr %81, i64 16
  %83 = load ptr, ptr %82, align 8
  %84 = invoke noundef i32 %83(ptr noundef nonnull align 8 dereferenceable(8) %76)
          to label %85 unwind label %87

85:                                               ; preds = %80
  %86 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %84)
  br label %89

87:                                               ; preds = %80
  %88 = landingpad { ptr, i32 }
          cleanup
  br label %302

89:                                               ; preds = %85, %56
  %90 = load ptr, ptr %52, align 8, !tbaa !10
  %91 = getelementptr inbounds i8, ptr %90, i64 -16
  %92 = load i64, ptr %91, align 8
  %93 = icmp eq i64 %92, 0
  br i1 %93, label %106, label %94

94:                                               ; preds = %89
  %95 = getelementptr inbounds i8, ptr %90, i64 -8
  %96 = load ptr, ptr %95, align 8
  %97 = getelementptr inbounds i8, ptr %96, i64 8
  %98 = load ptr, ptr %97, align 8, !tbaa !16
  %99 = icmp eq ptr %98, @_ZTS5Fancy
  br i1 %99, label %106, label %100

100:                                              ; preds = %94
  %101 = load i8, ptr %98, align 1, !tbaa !18
  %102 = icmp eq i8 %101, 42
  br i1 %102, label %106, label %103

103:                                              ; preds = %100
  %104 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %98, ptr noundef nonnull dereferenceable(7) @_ZTS5Fancy) #17
  %105 = icmp eq i32 %104, 0
  br label %106

106:                                              ; preds = %103, %100, %94, %89
  %107 = phi i1 [ true, %89 ], [ true, %94 ], [ false, %100 ], [ %105, %103 ]
  %108 = zext i1 %107 to i32
  %109 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %108)
  %110 = add nuw nsw i64 %50, 8
  %111 = icmp eq i64 %110, 24
  br i1 %111, label %16, label %49

112:                                              ; preds = %43
  %113 = load i8, ptr %19, align 1, !tbaa !18
  %114 = icmp eq i8 %113, 42
  %115 = zext i1 %114 to i64
  %116 = getelementptr inbounds i8, ptr %19, i64 %115
  %117 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %116) #17
  %118 = icmp eq i32 %117, 0
  br i1 %118, label %129, label %119

119:                                              ; preds = %112
  %120 = icmp eq ptr %30, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %120, label %129, label %121

121:                                              ; preds = %119
  %122 = load i8, ptr %30, align 1, !tbaa !18
  %123 = icmp eq i8 %122, 42
  %124 = zext i1 %123 to i64
  %125 = getelementptr inbounds i8, ptr %30, i64 %124
  %126 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %125) #17
  %127 = icmp eq i32 %126, 0
  %128 = select i1 %127, ptr @.str.23, ptr @.str.24
  br label %129

129:                                              ; preds = %43, %112, %119, %121
  %130 = phi ptr [ @.str.22, %112 ], [ @.str.22, %43 ], [ @.str.23, %119 ], [ %128, %121 ]
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %6) #17
  store i8 99, ptr %6, align 1, !tbaa !18
  %131 = call noundef ptr @_Z8categoryIcEPKcRKT_(ptr noundef nonnull align 1 dereferenceable(1) %6)
  %132 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.22, ptr noundef nonnull %44, ptr noundef nonnull %130, ptr noundef %131)
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %6) #17
  %133 = load ptr, ptr %5, align 8, !tbaa !24
  %134 = icmp eq ptr %133, %45
  br i1 %134, label %138, label %135

135:                                              ; preds = %129
  %136 = load i64, ptr %45, align 8, !tbaa !18
  %137 = add i64 %136, 1
  call void @_ZdlPvm(ptr noundef %133, i64 noundef %137) #19
  br label %138

138:                                              ; preds = %129, %135
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #17
  %139 = load i8, ptr %19, align 1, !tbaa !18
  %140 = icmp eq i8 %139, 42
  br i1 %140, label %141, label %144

141:                                              ; preds = %138
  %142 = load i8, ptr %30, align 1, !tbaa !18
  %143 = icmp eq i8 %142, 42
  br i1 %143, label %149, label %144

144:                                              ; preds = %138, %141
  %145 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %19, ptr noundef nonnull dereferenceable(1) %30) #17
  %146 = icmp slt i32 %145, 0
  %147 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %30, ptr noundef nonnull dereferenceable(1) %19) #17
  %148 = icmp slt i32 %147, 0
  br label %152

149:                                              ; preds = %141
  %150 = icmp ult ptr %19, %30
  %151 = icmp ult ptr %30, %19
  br label %152

152:                                              ; preds = %144, %149
  %153 = phi i1 [ %146, %144 ], [ %150, %149 ]
  %154 = phi i1 [ %148, %144 ], [ %151, %149 ]
  %155 = xor i1 %153, %154
  %156 = zext i1 %155 to i32
  %157 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %156)
  %158 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911)
          to label %162 unwind label %159

159:                                              ; preds = %152
  %160 = landingpad { ptr, i32 }
          catch ptr null
  %161 = extractvalue { ptr, i32 } %160, 0
  call void @__clang_call_terminate(ptr %161) #20
  unreachable

162:                                              ; preds = %152
  %163 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911)
          to label %167 unwind label %164

164:                                              ; preds = %162
  %165 = landingpad { ptr, i32 }
          catch ptr null
  %166 = extractvalue { ptr, i32 } %165, 0
  call void @__clang_call_terminate(ptr %166) #20
  unreachable

167:                                              ; preds = %162
  %168 = icmp eq i64 %158, %163
  %169 = zext i1 %168 to i32
  %170 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %169)
  %171 = call ptr @__dynamic_cast(ptr nonnull %13, ptr nonnull @_ZTI5Mixin, ptr nonnull @_ZTI4Node, i64 -2) #17
  %172 = getelementptr inbounds i8, ptr %171, i64 8
  %173 = load i32, ptr %172, align 8, !tbaa !5
  %174 = icmp eq ptr %171, %3
  %175 = zext i1 %174 to i32
  %176 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %173, i32 noundef %175)
  %177 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #21
          to label %178 unwind label %183

178:                                              ; preds = %167
  invoke void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %177, ptr noundef nonnull @.str.11)
          to label %179 unwind label %185

179:                                              ; preds = %178
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7MyError, i64 16), ptr %177, align 8, !tbaa !10
  %180 = getelementptr inbounds i8, ptr %177, i64 16
  store i32 7, ptr %180, align 8, !tbaa !25
  %181 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #21
          to label %182 unwind label %187

182:                                              ; preds = %179
  invoke void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %181, ptr noundef nonnull @.str.12)
          to label %191 unwind label %189

183:                                              ; preds = %167
  %184 = landingpad { ptr, i32 }
          cleanup
  br label %302

185:                                              ; preds = %178
  %186 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %177, i64 noundef 24) #19
  br label %302

187:                                              ; preds = %179
  %188 = landingpad { ptr, i32 }
          cleanup
  br label %302

189:                                              ; preds = %182
  %190 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %181, i64 noundef 16) #19
  br label %302

191:                                              ; preds = %182
  %192 = call ptr @__dynamic_cast(ptr nonnull %177, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt13runtime_error, i64 0) #17
  %193 = icmp ne ptr %192, null
  %194 = zext i1 %193 to i32
  %195 = call ptr @__dynamic_cast(ptr nonnull %177, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTI7MyError, i64 0) #17
  %196 = getelementptr inbounds i8, ptr %195, i64 16
  %197 = load i32, ptr %196, align 8, !tbaa !25
  %198 = call ptr @__dynamic_cast(ptr nonnull %177, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt11logic_error, i64 0) #17
  %199 = icmp ne ptr %198, null
  %200 = zext i1 %199 to i32
  %201 = load ptr, ptr %177, align 8, !tbaa !10
  %202 = getelementptr inbounds i8, ptr %201, i64 16
  %203 = load ptr, ptr %202, align 8
  %204 = call noundef ptr %203(ptr noundef nonnull align 8 dereferenceable(8) %177) #17
  %205 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %194, i32 noundef %197, i32 noundef %200, ptr noundef %204)
  %206 = call ptr @__dynamic_cast(ptr nonnull %181, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt11logic_error, i64 0) #17
  %207 = icmp ne ptr %206, null
  %208 = zext i1 %207 to i32
  %209 = call ptr @__dynamic_cast(ptr nonnull %181, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTI7MyError, i64 0) #17
  %210 = icmp ne ptr %209, null
  %211 = zext i1 %210 to i32
  %212 = load ptr, ptr %181, align 8, !tbaa !10
  %213 = getelementptr inbounds i8, ptr %212, i64 -8
  %214 = load ptr, ptr %213, align 8
  %215 = call noundef zeroext i1 @_ZNKSt9type_infoeqERKS_(ptr noundef nonnull align 8 dereferenceable(16) %214, ptr noundef nonnull align 8 dereferenceable(16) @_ZTISt12out_of_range) #17
  %216 = zext i1 %215 to i32
  %217 = load ptr, ptr %181, align 8, !tbaa !10
  %218 = getelementptr inbounds i8, ptr %217, i64 16
  %219 = load ptr, ptr %218, align 8
  %220 = call noundef ptr %219(ptr noundef nonnull align 8 dereferenceable(8) %181) #17
  %221 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %208, i32 noundef %211, i32 noundef %216, ptr noundef %220)
  %222 = load ptr, ptr %177, align 8, !tbaa !10
  %223 = getelementptr inbounds i8, ptr %222, i64 -8
  %224 = load ptr, ptr %223, align 8
  %225 = getelementptr inbounds i8, ptr %224, i64 8
  %226 = load ptr, ptr %225, align 8, !tbaa !16
  %227 = load i8, ptr %226, align 1, !tbaa !18
  %228 = icmp eq i8 %227, 42
  %229 = zext i1 %228 to i64
  %230 = getelementptr inbounds i8, ptr %226, i64 %229
  %231 = load ptr, ptr %181, align 8, !tbaa !10
  %232 = getelementptr inbounds i8, ptr %231, i64 -8
  %233 = load ptr, ptr %232, align 8
  %234 = getelementptr inbounds i8, ptr %233, i64 8
  %235 = load ptr, ptr %234, align 8, !tbaa !16
  %236 = load i8, ptr %235, align 1, !tbaa !18
  %237 = icmp eq i8 %236, 42
  %238 = zext i1 %237 to i64
  %239 = getelementptr inbounds i8, ptr %235, i64 %238
  %240 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull %230, ptr noundef nonnull %239)
  %241 = load ptr, ptr %177, align 8, !tbaa !10
  %242 = getelementptr inbounds i8, ptr %241, i64 8
  %243 = load ptr, ptr %242, align 8
  call void %243(ptr noundef nonnull align 8 dereferenceable(8) %177) #17
  %244 = load ptr, ptr %181, align 8, !tbaa !10
  %245 = getelementptr inbounds i8, ptr %244, i64 8
  %246 = load ptr, ptr %245, align 8
  call void %246(ptr noundef nonnull align 8 dereferenceable(8) %181) #17
  %247 = call ptr @__dynamic_cast(ptr nonnull %2, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #17
  %248 = icmp eq ptr %247, null
  br i1 %248, label %249, label %251

249:                                              ; preds = %191
  invoke void @__cxa_bad_cast() #18
          to label %250 unwind label %255

250:                                              ; preds = %249
  unreachable

251:                                              ; preds = %191
  %252 = getelementptr inbounds i8, ptr %247, i64 12
  %253 = load i32, ptr %252, align 4, !tbaa !12
  %254 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %253)
  br label %277

255:                                              ; preds = %249
  %256 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt8bad_cast
  %257 = extractvalue { ptr, i32 } %256, 1
  %258 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt8bad_cast) #17
  %259 = icmp eq i32 %257, %258
  br i1 %259, label %260, label %302

260:                                              ; preds = %255
  %261 = extractvalue { ptr, i32 } %256, 0
  %262 = call ptr @__cxa_begin_catch(ptr %261) #17
  %263 = load ptr, ptr %262, align 8, !tbaa !10
  %264 = getelementptr inbounds i8, ptr %263, i64 16
  %265 = load ptr, ptr %264, align 8
  %266 = call noundef ptr %265(ptr noundef nonnull align 8 dereferenceable(8) %262) #17
  %267 = call noundef ptr @strstr(ptr noundef nonnull dereferenceable(1) %266, ptr noundef nonnull dereferenceable(1) @.str.18) #22
  %268 = icmp eq ptr %267, null
  br i1 %268, label %269, label %274

269:                                              ; preds = %260
  %270 = load ptr, ptr %262, align 8, !tbaa !10
  %271 = getelementptr inbounds i8, ptr %270, i64 16
  %272 = load ptr, ptr %271, align 8
  %273 = call noundef ptr %272(ptr noundef nonnull align 8 dereferenceable(8) %262) #17
  br label %274

274:                                              ; preds = %260, %269
  %275 = phi ptr [ %273, %269 ], [ @.str.19, %260 ]
  %276 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %275)
  invoke void @__cxa_end_catch()
          to label %277 unwind label %279

277:                                              ; preds = %251, %274
  invoke void @__cxa_bad_typeid() #18
          to label %278 unwind label %281

278:                                              ; preds = %277
  unreachable

279:                                              ; preds = %274
  %280 = landingpad { ptr, i32 }
          cleanup
  br label %302

281:                                              ; preds = %277
  %282 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt10bad_typeid
  %283 = extractvalue { ptr, i32 } %282, 1
  %284 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt10bad_typeid) #17
  %285 = icmp eq i32 %283, %284
  br i1 %285, label %286, label %302

286:                                              ; preds = %281
  %287 = extractvalue { ptr, i32 } %282, 0
  %288 = call ptr @__cxa_begin_catch(ptr %287) #17
  %289 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  invoke void @__cxa_end_catch()
          to label %290 unwind label %300

290:                                              ; preds = %286
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #17
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %291 = load ptr, ptr %10, align 8, !tbaa !30
  %292 = icmp eq ptr %291, null
  br i1 %292, label %299, label %293

293:                                              ; preds = %290
  %294 = getelementptr inbounds i8, ptr %2, i64 32
  %295 = load ptr, ptr %294, align 8, !tbaa !32
  %296 = ptrtoint ptr %295 to i64
  %297 = ptrtoint ptr %291 to i64
  %298 = sub i64 %296, %297
  call void @_ZdlPvm(ptr noundef nonnull %291, i64 noundef %298) #19
  br label %299

299:                                              ; preds = %290, %293
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #17
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #17
  ret i32 0

300:                                              ; preds = %286
  %301 = landingpad { ptr, i32 }
          cleanup
  br label %302

302:                                              ; preds = %78, %87, %183, %185, %300, %281, %279, %255, %189, %187
  %303 = phi { ptr, i32 } [ %186, %185 ], [ %184, %183 ], [ %188, %187 ], [ %301, %300 ], [ %282, %281 ], [ %280, %279 ], [ %256, %255 ], [ %190, %189 ], [ %79, %78 ], [ %88, %87 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #17
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !10
  %304 = load ptr, ptr %10, align 8, !tbaa !30
  %305 = icmp eq ptr %304, null
  br i1 %305, label %312, label %306

306:                                              ; preds = %302
  %307 = getelementptr inbounds i8, ptr %2, i64 32
  %308 = load ptr, ptr %307, align 8, !tbaa !32
  %309 = ptrtoint ptr %308 to i64
  %310 = ptrtoint ptr %304 to i64
  %311 = sub i64 %309, %310
  call void @_ZdlPvm(ptr noundef nonnull %304, i64 noundef %311) #19
  br label %312

312:                                              ; preds = %302, %306
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #17
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #17
  resume { ptr, i32 } %303
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare void @__cxa_bad_typeid() local_unnamed_addr

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare ptr @__dynamic_cast(ptr, ptr, ptr, i64) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local noundef zeroext i1 @_ZNKSt9type_infoeqERKS_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !16
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !16
  %7 = icmp eq ptr %4, %6
  br i1 %7, label %18, label %8

8:                                                ; preds = %2
  %9 = load i8, ptr %4, align 1, !tbaa !18
  %10 = icmp eq i8 %9, 42
  br i1 %10, label %18, label %11

11:                                               ; preds = %8
  %12 = load i8, ptr %6, align 1, !tbaa !18
  %13 = icmp eq i8 %12, 42
  %14 = zext i1 %13 to i64
  %15 = getelementptr inbounds i8, ptr %6, i64 %14
  %16 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %4, ptr noundef nonnull dereferenceable(1) %15) #17
  %17 = icmp eq i32 %16, 0
  br label %18

18:                                               ; preds = %8, %11, %2
  %19 = phi i1 [ true, %2 ], [ false, %8 ], [ %17, %11 ]
  ret i1 %19
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_Z8categoryIcEPKcRKT_(ptr noundef nonnull align 1 dereferenceable(1) %0) local_unnamed_addr #5 comdat {
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
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %12) #17
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
  %26 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(1) %25) #17
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %37, label %30

28:                                               ; preds = %15
  %29 = icmp eq ptr %2, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %29, label %36, label %37

30:                                               ; preds = %21
  %31 = icmp eq ptr %2, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %31, label %36, label %32

32:                                               ; preds = %30
  %33 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %2, ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE) #17
  %34 = freeze i32 %33
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %37

36:                                               ; preds = %30, %28, %32
  br label %37

37:                                               ; preds = %28, %18, %15, %1, %36, %32, %21, %8
  %38 = phi ptr [ @.str.22, %8 ], [ @.str.23, %21 ], [ @.str.24, %36 ], [ @.str.25, %32 ], [ @.str.22, %1 ], [ @.str.23, %15 ], [ @.str.23, %18 ], [ @.str.25, %28 ]
  ret ptr %38
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #6

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #7

declare void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

declare void @__cxa_bad_cast() local_unnamed_addr

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #9

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare noundef ptr @strstr(ptr noundef, ptr nocapture noundef) local_unnamed_addr #10

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #11 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #17
  tail call void @_ZSt9terminatev() #20
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
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
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #19
  br label %11

11:                                               ; preds = %1, %5
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4NodeD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #5 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4LeafD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #4 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #19
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
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
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #19
  br label %11

11:                                               ; preds = %1, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #19
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #19
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK5Fancy3mixEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat align 2 {
  ret i32 30
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD1Ev(ptr noundef %0) unnamed_addr #12 comdat align 2 {
  ret void
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD0Ev(ptr noundef %0) unnamed_addr #12 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 -16
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 24) #19
  ret void
}

; Function Attrs: uwtable
define linkonce_odr dso_local noundef i32 @_ZThn16_NK5Fancy3mixEv(ptr noundef %0) unnamed_addr #13 comdat align 2 {
  ret i32 30
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #10

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #8

declare void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #14

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7MyErrorD0Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) unnamed_addr #4 comdat align 2 {
  tail call void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #19
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZNKSt13runtime_error4whatEv(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #14

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #15

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #16

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #4 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nosync nounwind memory(none) }
attributes #10 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nofree nounwind }
attributes #16 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #17 = { nounwind }
attributes #18 = { noreturn }
attributes #19 = { builtin nounwind }
attributes #20 = { noreturn nounwind }
attributes #21 = { builtin allocsize(0) }
attributes #22 = { nounwind willreturn memory(read) }

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
