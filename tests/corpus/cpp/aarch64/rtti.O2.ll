; ModuleID = 'rtti.cpp'
source_filename = "rtti.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
  %4 = alloca [3 x ptr], align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #17
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV4Leaf, i64 16), ptr %1, align 8, !tbaa !6
  store <2 x i32> <i32 0, i32 1>, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %2) #17
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 0, ptr %7, align 8, !tbaa !12
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #17
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store <2 x i32> <i32 0, i32 1>, ptr %9, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 16), ptr %3, align 8, !tbaa !6
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 56), ptr %10, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #17
  store ptr %1, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds i8, ptr %4, i64 8
  store ptr %2, ptr %11, align 8, !tbaa !14
  %12 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %3, ptr %12, align 8, !tbaa !14
  br label %46

13:                                               ; preds = %103
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1)
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0)
  %16 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIi, i64 8), align 8, !tbaa !16
  %17 = load i8, ptr %16, align 1, !tbaa !18
  %18 = icmp eq i8 %17, 42
  %19 = zext i1 %18 to i64
  %20 = getelementptr inbounds i8, ptr %16, i64 %19
  %21 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIPKc, i64 8), align 8, !tbaa !16
  %22 = load i8, ptr %21, align 1, !tbaa !18
  %23 = icmp eq i8 %22, 42
  %24 = zext i1 %23 to i64
  %25 = getelementptr inbounds i8, ptr %21, i64 %24
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %20, ptr noundef nonnull %25, ptr noundef nonnull @_ZTS5Plain, ptr noundef nonnull @_ZTSSt6vectorIiSaIiEE)
  %27 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTId, i64 8), align 8, !tbaa !16
  %28 = icmp eq ptr %27, %16
  br i1 %28, label %40, label %29

29:                                               ; preds = %13
  %30 = load i8, ptr %27, align 1, !tbaa !18
  %31 = icmp eq i8 %30, 42
  br i1 %31, label %39, label %32

32:                                               ; preds = %29
  %33 = load i8, ptr %16, align 1, !tbaa !18
  %34 = icmp eq i8 %33, 42
  %35 = zext i1 %34 to i64
  %36 = getelementptr inbounds i8, ptr %16, i64 %35
  %37 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %27, ptr noundef nonnull dereferenceable(1) %36) #17
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %40, label %39

39:                                               ; preds = %32, %29
  br label %40

40:                                               ; preds = %13, %32, %39
  %41 = phi ptr [ @.str.22, %32 ], [ @.str.23, %39 ], [ @.str.22, %13 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #17
  %42 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %42, ptr %5, align 8, !tbaa !19
  store i8 115, ptr %42, align 8, !tbaa !18
  %43 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 1, ptr %43, align 8, !tbaa !21
  %44 = getelementptr inbounds i8, ptr %5, i64 17
  store i8 0, ptr %44, align 1, !tbaa !18
  %45 = icmp eq ptr %16, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %45, label %126, label %109

46:                                               ; preds = %0, %103
  %47 = phi i64 [ 0, %0 ], [ %107, %103 ]
  %48 = getelementptr inbounds i8, ptr %4, i64 %47
  %49 = load ptr, ptr %48, align 8, !tbaa !14
  %50 = icmp eq ptr %49, null
  br i1 %50, label %51, label %53

51:                                               ; preds = %46
  invoke void @__cxa_bad_typeid() #18
          to label %52 unwind label %75

52:                                               ; preds = %51
  unreachable

53:                                               ; preds = %46
  %54 = load ptr, ptr %49, align 8, !tbaa !6
  %55 = getelementptr inbounds i8, ptr %54, i64 -8
  %56 = load ptr, ptr %55, align 8
  %57 = getelementptr inbounds i8, ptr %56, i64 8
  %58 = load ptr, ptr %57, align 8, !tbaa !16
  %59 = load i8, ptr %58, align 1, !tbaa !18
  %60 = icmp eq i8 %59, 42
  %61 = zext i1 %60 to i64
  %62 = getelementptr inbounds i8, ptr %58, i64 %61
  %63 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #17
  %64 = icmp ne ptr %63, null
  %65 = zext i1 %64 to i32
  %66 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI6Branch, i64 0) #17
  %67 = icmp ne ptr %66, null
  %68 = zext i1 %67 to i32
  %69 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Fancy, i64 0) #17
  %70 = icmp ne ptr %69, null
  %71 = zext i1 %70 to i32
  %72 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %62, i32 noundef %65, i32 noundef %68, i32 noundef %71)
  %73 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Mixin, i64 -2) #17
  %74 = icmp eq ptr %73, null
  br i1 %74, label %86, label %77

75:                                               ; preds = %51
  %76 = landingpad { ptr, i32 }
          cleanup
  br label %332

77:                                               ; preds = %53
  %78 = load ptr, ptr %73, align 8, !tbaa !6
  %79 = getelementptr inbounds i8, ptr %78, i64 16
  %80 = load ptr, ptr %79, align 8
  %81 = invoke noundef i32 %80(ptr noundef nonnull align 8 dereferenceable(8) %73)
          to label %82 unwind label %84

82:                                               ; preds = %77
  %83 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %81)
  br label %86

84:                                               ; preds = %77
  %85 = landingpad { ptr, i32 }
          cleanup
  br label %332

86:                                               ; preds = %82, %53
  %87 = load ptr, ptr %49, align 8, !tbaa !6
  %88 = getelementptr inbounds i8, ptr %87, i64 -16
  %89 = load i64, ptr %88, align 8
  %90 = icmp eq i64 %89, 0
  br i1 %90, label %103, label %91

91:                                               ; preds = %86
  %92 = getelementptr inbounds i8, ptr %87, i64 -8
  %93 = load ptr, ptr %92, align 8
  %94 = getelementptr inbounds i8, ptr %93, i64 8
  %95 = load ptr, ptr %94, align 8, !tbaa !16
  %96 = icmp eq ptr %95, @_ZTS5Fancy
  br i1 %96, label %103, label %97

97:                                               ; preds = %91
  %98 = load i8, ptr %95, align 1, !tbaa !18
  %99 = icmp eq i8 %98, 42
  br i1 %99, label %103, label %100

100:                                              ; preds = %97
  %101 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %95, ptr noundef nonnull dereferenceable(7) @_ZTS5Fancy) #17
  %102 = icmp eq i32 %101, 0
  br label %103

103:                                              ; preds = %100, %97, %91, %86
  %104 = phi i1 [ true, %86 ], [ true, %91 ], [ false, %97 ], [ %102, %100 ]
  %105 = zext i1 %104 to i32
  %106 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %105)
  %107 = add nuw nsw i64 %47, 8
  %108 = icmp eq i64 %107, 24
  br i1 %108, label %13, label %46

109:                                              ; preds = %40
  %110 = load i8, ptr %16, align 1, !tbaa !18
  %111 = icmp eq i8 %110, 42
  %112 = zext i1 %111 to i64
  %113 = getelementptr inbounds i8, ptr %16, i64 %112
  %114 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %113) #17
  %115 = icmp eq i32 %114, 0
  br i1 %115, label %126, label %116

116:                                              ; preds = %109
  %117 = icmp eq ptr %27, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %117, label %126, label %118

118:                                              ; preds = %116
  %119 = load i8, ptr %27, align 1, !tbaa !18
  %120 = icmp eq i8 %119, 42
  %121 = zext i1 %120 to i64
  %122 = getelementptr inbounds i8, ptr %27, i64 %121
  %123 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %122) #17
  %124 = icmp eq i32 %123, 0
  %125 = select i1 %124, ptr @.str.23, ptr @.str.24
  br label %126

126:                                              ; preds = %40, %109, %116, %118
  %127 = phi ptr [ @.str.22, %109 ], [ @.str.22, %40 ], [ @.str.23, %116 ], [ %125, %118 ]
  %128 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTIc, i64 8), align 8, !tbaa !16
  %129 = icmp eq ptr %128, %16
  br i1 %129, label %160, label %130

130:                                              ; preds = %126
  %131 = load i8, ptr %128, align 1, !tbaa !18
  %132 = icmp eq i8 %131, 42
  br i1 %132, label %140, label %133

133:                                              ; preds = %130
  %134 = load i8, ptr %16, align 1, !tbaa !18
  %135 = icmp eq i8 %134, 42
  %136 = zext i1 %135 to i64
  %137 = getelementptr inbounds i8, ptr %16, i64 %136
  %138 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %128, ptr noundef nonnull dereferenceable(1) %137) #17
  %139 = icmp eq i32 %138, 0
  br i1 %139, label %160, label %142

140:                                              ; preds = %130
  %141 = icmp eq ptr %128, %27
  br i1 %141, label %160, label %151

142:                                              ; preds = %133
  %143 = icmp eq ptr %128, %27
  br i1 %143, label %160, label %144

144:                                              ; preds = %142
  %145 = load i8, ptr %27, align 1, !tbaa !18
  %146 = icmp eq i8 %145, 42
  %147 = zext i1 %146 to i64
  %148 = getelementptr inbounds i8, ptr %27, i64 %147
  %149 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %128, ptr noundef nonnull dereferenceable(1) %148) #17
  %150 = icmp eq i32 %149, 0
  br i1 %150, label %160, label %153

151:                                              ; preds = %140
  %152 = icmp eq ptr %128, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %152, label %159, label %160

153:                                              ; preds = %144
  %154 = icmp eq ptr %128, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %154, label %159, label %155

155:                                              ; preds = %153
  %156 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %128, ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE) #17
  %157 = freeze i32 %156
  %158 = icmp eq i32 %157, 0
  br i1 %158, label %159, label %160

159:                                              ; preds = %155, %153, %151
  br label %160

160:                                              ; preds = %126, %133, %140, %142, %144, %151, %155, %159
  %161 = phi ptr [ @.str.22, %133 ], [ @.str.23, %144 ], [ @.str.24, %159 ], [ @.str.25, %155 ], [ @.str.22, %126 ], [ @.str.23, %140 ], [ @.str.23, %142 ], [ @.str.25, %151 ]
  %162 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.22, ptr noundef nonnull %41, ptr noundef nonnull %127, ptr noundef nonnull %161)
  %163 = load ptr, ptr %5, align 8, !tbaa !24
  %164 = icmp eq ptr %163, %42
  br i1 %164, label %168, label %165

165:                                              ; preds = %160
  %166 = load i64, ptr %42, align 8, !tbaa !18
  %167 = add i64 %166, 1
  call void @_ZdlPvm(ptr noundef %163, i64 noundef %167) #19
  br label %168

168:                                              ; preds = %160, %165
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #17
  %169 = load i8, ptr %16, align 1, !tbaa !18
  %170 = icmp eq i8 %169, 42
  br i1 %170, label %171, label %174

171:                                              ; preds = %168
  %172 = load i8, ptr %27, align 1, !tbaa !18
  %173 = icmp eq i8 %172, 42
  br i1 %173, label %179, label %174

174:                                              ; preds = %168, %171
  %175 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %16, ptr noundef nonnull dereferenceable(1) %27) #17
  %176 = icmp slt i32 %175, 0
  %177 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %27, ptr noundef nonnull dereferenceable(1) %16) #17
  %178 = icmp slt i32 %177, 0
  br label %182

179:                                              ; preds = %171
  %180 = icmp ult ptr %16, %27
  %181 = icmp ult ptr %27, %16
  br label %182

182:                                              ; preds = %174, %179
  %183 = phi i1 [ %176, %174 ], [ %180, %179 ]
  %184 = phi i1 [ %178, %174 ], [ %181, %179 ]
  %185 = xor i1 %183, %184
  %186 = zext i1 %185 to i32
  %187 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %186)
  %188 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911)
          to label %192 unwind label %189

189:                                              ; preds = %182
  %190 = landingpad { ptr, i32 }
          catch ptr null
  %191 = extractvalue { ptr, i32 } %190, 0
  call void @__clang_call_terminate(ptr %191) #20
  unreachable

192:                                              ; preds = %182
  %193 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911)
          to label %197 unwind label %194

194:                                              ; preds = %192
  %195 = landingpad { ptr, i32 }
          catch ptr null
  %196 = extractvalue { ptr, i32 } %195, 0
  call void @__clang_call_terminate(ptr %196) #20
  unreachable

197:                                              ; preds = %192
  %198 = icmp eq i64 %188, %193
  %199 = zext i1 %198 to i32
  %200 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %199)
  %201 = call ptr @__dynamic_cast(ptr nonnull %10, ptr nonnull @_ZTI5Mixin, ptr nonnull @_ZTI4Node, i64 -2) #17
  %202 = getelementptr inbounds i8, ptr %201, i64 8
  %203 = load i32, ptr %202, align 8, !tbaa !12
  %204 = icmp eq ptr %201, %3
  %205 = zext i1 %204 to i32
  %206 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %203, i32 noundef %205)
  %207 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #21
          to label %208 unwind label %213

208:                                              ; preds = %197
  invoke void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %207, ptr noundef nonnull @.str.11)
          to label %209 unwind label %215

209:                                              ; preds = %208
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7MyError, i64 16), ptr %207, align 8, !tbaa !6
  %210 = getelementptr inbounds i8, ptr %207, i64 16
  store i32 7, ptr %210, align 8, !tbaa !25
  %211 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #21
          to label %212 unwind label %217

212:                                              ; preds = %209
  invoke void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %211, ptr noundef nonnull @.str.12)
          to label %221 unwind label %219

213:                                              ; preds = %197
  %214 = landingpad { ptr, i32 }
          cleanup
  br label %332

215:                                              ; preds = %208
  %216 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %207, i64 noundef 24) #19
  br label %332

217:                                              ; preds = %209
  %218 = landingpad { ptr, i32 }
          cleanup
  br label %332

219:                                              ; preds = %212
  %220 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %211, i64 noundef 16) #19
  br label %332

221:                                              ; preds = %212
  %222 = call ptr @__dynamic_cast(ptr nonnull %207, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt13runtime_error, i64 0) #17
  %223 = icmp ne ptr %222, null
  %224 = zext i1 %223 to i32
  %225 = call ptr @__dynamic_cast(ptr nonnull %207, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTI7MyError, i64 0) #17
  %226 = getelementptr inbounds i8, ptr %225, i64 16
  %227 = load i32, ptr %226, align 8, !tbaa !25
  %228 = call ptr @__dynamic_cast(ptr nonnull %207, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt11logic_error, i64 0) #17
  %229 = icmp ne ptr %228, null
  %230 = zext i1 %229 to i32
  %231 = load ptr, ptr %207, align 8, !tbaa !6
  %232 = getelementptr inbounds i8, ptr %231, i64 16
  %233 = load ptr, ptr %232, align 8
  %234 = call noundef ptr %233(ptr noundef nonnull align 8 dereferenceable(8) %207) #17
  %235 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %224, i32 noundef %227, i32 noundef %230, ptr noundef %234)
  %236 = call ptr @__dynamic_cast(ptr nonnull %211, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTISt11logic_error, i64 0) #17
  %237 = icmp ne ptr %236, null
  %238 = zext i1 %237 to i32
  %239 = call ptr @__dynamic_cast(ptr nonnull %211, ptr nonnull @_ZTISt9exception, ptr nonnull @_ZTI7MyError, i64 0) #17
  %240 = icmp ne ptr %239, null
  %241 = zext i1 %240 to i32
  %242 = load ptr, ptr %211, align 8, !tbaa !6
  %243 = getelementptr inbounds i8, ptr %242, i64 -8
  %244 = load ptr, ptr %243, align 8
  %245 = call noundef i1 @_ZNKSt9type_infoeqERKS_(ptr noundef nonnull align 8 dereferenceable(16) %244, ptr noundef nonnull align 8 dereferenceable(16) @_ZTISt12out_of_range) #17
  %246 = zext i1 %245 to i32
  %247 = load ptr, ptr %211, align 8, !tbaa !6
  %248 = getelementptr inbounds i8, ptr %247, i64 16
  %249 = load ptr, ptr %248, align 8
  %250 = call noundef ptr %249(ptr noundef nonnull align 8 dereferenceable(8) %211) #17
  %251 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %238, i32 noundef %241, i32 noundef %246, ptr noundef %250)
  %252 = load ptr, ptr %207, align 8, !tbaa !6
  %253 = getelementptr inbounds i8, ptr %252, i64 -8
  %254 = load ptr, ptr %253, align 8
  %255 = getelementptr inbounds i8, ptr %254, i64 8
  %256 = load ptr, ptr %255, align 8, !tbaa !16
  %257 = load i8, ptr %256, align 1, !tbaa !18
  %258 = icmp eq i8 %257, 42
  %259 = zext i1 %258 to i64
  %260 = getelementptr inbounds i8, ptr %256, i64 %259
  %261 = load ptr, ptr %211, align 8, !tbaa !6
  %262 = getelementptr inbounds i8, ptr %261, i64 -8
  %263 = load ptr, ptr %262, align 8
  %264 = getelementptr inbounds i8, ptr %263, i64 8
  %265 = load ptr, ptr %264, align 8, !tbaa !16
  %266 = load i8, ptr %265, align 1, !tbaa !18
  %267 = icmp eq i8 %266, 42
  %268 = zext i1 %267 to i64
  %269 = getelementptr inbounds i8, ptr %265, i64 %268
  %270 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull %260, ptr noundef nonnull %269)
  %271 = load ptr, ptr %207, align 8, !tbaa !6
  %272 = getelementptr inbounds i8, ptr %271, i64 8
  %273 = load ptr, ptr %272, align 8
  call void %273(ptr noundef nonnull align 8 dereferenceable(8) %207) #17
  %274 = load ptr, ptr %211, align 8, !tbaa !6
  %275 = getelementptr inbounds i8, ptr %274, i64 8
  %276 = load ptr, ptr %275, align 8
  call void %276(ptr noundef nonnull align 8 dereferenceable(8) %211) #17
  %277 = call ptr @__dynamic_cast(ptr nonnull %2, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #17
  %278 = icmp eq ptr %277, null
  br i1 %278, label %279, label %281

279:                                              ; preds = %221
  invoke void @__cxa_bad_cast() #18
          to label %280 unwind label %285

280:                                              ; preds = %279
  unreachable

281:                                              ; preds = %221
  %282 = getelementptr inbounds i8, ptr %277, i64 12
  %283 = load i32, ptr %282, align 4, !tbaa !30
  %284 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %283)
  br label %307

285:                                              ; preds = %279
  %286 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt8bad_cast
  %287 = extractvalue { ptr, i32 } %286, 1
  %288 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt8bad_cast) #17
  %289 = icmp eq i32 %287, %288
  br i1 %289, label %290, label %332

290:                                              ; preds = %285
  %291 = extractvalue { ptr, i32 } %286, 0
  %292 = call ptr @__cxa_begin_catch(ptr %291) #17
  %293 = load ptr, ptr %292, align 8, !tbaa !6
  %294 = getelementptr inbounds i8, ptr %293, i64 16
  %295 = load ptr, ptr %294, align 8
  %296 = call noundef ptr %295(ptr noundef nonnull align 8 dereferenceable(8) %292) #17
  %297 = call noundef ptr @strstr(ptr noundef nonnull dereferenceable(1) %296, ptr noundef nonnull dereferenceable(1) @.str.18) #22
  %298 = icmp eq ptr %297, null
  br i1 %298, label %299, label %304

299:                                              ; preds = %290
  %300 = load ptr, ptr %292, align 8, !tbaa !6
  %301 = getelementptr inbounds i8, ptr %300, i64 16
  %302 = load ptr, ptr %301, align 8
  %303 = call noundef ptr %302(ptr noundef nonnull align 8 dereferenceable(8) %292) #17
  br label %304

304:                                              ; preds = %290, %299
  %305 = phi ptr [ %303, %299 ], [ @.str.19, %290 ]
  %306 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %305)
  invoke void @__cxa_end_catch()
          to label %307 unwind label %309

307:                                              ; preds = %281, %304
  invoke void @__cxa_bad_typeid() #18
          to label %308 unwind label %311

308:                                              ; preds = %307
  unreachable

309:                                              ; preds = %304
  %310 = landingpad { ptr, i32 }
          cleanup
  br label %332

311:                                              ; preds = %307
  %312 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt10bad_typeid
  %313 = extractvalue { ptr, i32 } %312, 1
  %314 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt10bad_typeid) #17
  %315 = icmp eq i32 %313, %314
  br i1 %315, label %316, label %332

316:                                              ; preds = %311
  %317 = extractvalue { ptr, i32 } %312, 0
  %318 = call ptr @__cxa_begin_catch(ptr %317) #17
  %319 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  invoke void @__cxa_end_catch()
          to label %320 unwind label %330

320:                                              ; preds = %316
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #17
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %321 = load ptr, ptr %8, align 8, !tbaa !32
  %322 = icmp eq ptr %321, null
  br i1 %322, label %329, label %323

323:                                              ; preds = %320
  %324 = getelementptr inbounds i8, ptr %2, i64 32
  %325 = load ptr, ptr %324, align 8, !tbaa !34
  %326 = ptrtoint ptr %325 to i64
  %327 = ptrtoint ptr %321 to i64
  %328 = sub i64 %326, %327
  call void @_ZdlPvm(ptr noundef nonnull %321, i64 noundef %328) #19
  br label %329

329:                                              ; preds = %320, %323
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #17
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #17
  ret i32 0

330:                                              ; preds = %316
  %331 = landingpad { ptr, i32 }
          cleanup
  br label %332

332:                                              ; preds = %75, %84, %213, %215, %330, %311, %309, %285, %219, %217
  %333 = phi { ptr, i32 } [ %216, %215 ], [ %214, %213 ], [ %218, %217 ], [ %331, %330 ], [ %312, %311 ], [ %310, %309 ], [ %286, %285 ], [ %220, %219 ], [ %76, %75 ], [ %85, %84 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #17
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %334 = load ptr, ptr %8, align 8, !tbaa !32
  %335 = icmp eq ptr %334, null
  br i1 %335, label %342, label %336

336:                                              ; preds = %332
  %337 = getelementptr inbounds i8, ptr %2, i64 32
  %338 = load ptr, ptr %337, align 8, !tbaa !34
  %339 = ptrtoint ptr %338 to i64
  %340 = ptrtoint ptr %334 to i64
  %341 = sub i64 %339, %340
  call void @_ZdlPvm(ptr noundef nonnull %334, i64 noundef %341) #19
  br label %342

342:                                              ; preds = %332, %336
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #17
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #17
  resume { ptr, i32 } %333
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
define linkonce_odr dso_local noundef i1 @_ZNKSt9type_infoeqERKS_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) local_unnamed_addr #4 comdat {
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

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #5

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #6

declare void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #7

declare void @__cxa_bad_cast() local_unnamed_addr

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #8

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare noundef ptr @strstr(ptr noundef, ptr nocapture noundef) local_unnamed_addr #9

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #10 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #17
  tail call void @_ZSt9terminatev() #20
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !32
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !34
  %8 = ptrtoint ptr %7 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = sub i64 %8, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #19
  br label %11

11:                                               ; preds = %1, %5
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4NodeD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #11 comdat {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4LeafD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #4 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #19
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !32
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !34
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
define linkonce_odr dso_local void @_ZN5FancyD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #4 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #19
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK5Fancy3mixEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #11 comdat {
  ret i32 30
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD1Ev(ptr noundef %0) unnamed_addr #12 comdat {
  ret void
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD0Ev(ptr noundef %0) unnamed_addr #12 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 -16
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 24) #19
  ret void
}

; Function Attrs: uwtable
define linkonce_odr dso_local noundef i32 @_ZThn16_NK5Fancy3mixEv(ptr noundef %0) unnamed_addr #13 comdat {
  ret i32 30
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #9

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #7

declare void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #7

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #14

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7MyErrorD0Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) unnamed_addr #4 comdat {
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

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #4 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree nosync nounwind memory(none) }
attributes #9 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { inlinehint nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { nofree nounwind }
attributes #16 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #17 = { nounwind }
attributes #18 = { noreturn }
attributes #19 = { builtin nounwind }
attributes #20 = { noreturn nounwind }
attributes #21 = { builtin allocsize(0) }
attributes #22 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"vtable pointer", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !8, i64 0}
!12 = !{!13, !10, i64 8}
!13 = !{!"_ZTS4Node", !10, i64 8}
!14 = !{!15, !15, i64 0}
!15 = !{!"any pointer", !11, i64 0}
!16 = !{!17, !15, i64 8}
!17 = !{!"_ZTSSt9type_info", !15, i64 8}
!18 = !{!11, !11, i64 0}
!19 = !{!20, !15, i64 0}
!20 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !15, i64 0}
!21 = !{!22, !23, i64 8}
!22 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !20, i64 0, !23, i64 8, !11, i64 16}
!23 = !{!"long", !11, i64 0}
!24 = !{!22, !15, i64 0}
!25 = !{!26, !10, i64 16}
!26 = !{!"_ZTS7MyError", !27, i64 0, !10, i64 16}
!27 = !{!"_ZTSSt13runtime_error", !28, i64 0, !29, i64 8}
!28 = !{!"_ZTSSt9exception"}
!29 = !{!"_ZTSSt12__cow_string", !11, i64 0}
!30 = !{!31, !10, i64 12}
!31 = !{!"_ZTS4Leaf", !13, i64 0, !10, i64 12}
!32 = !{!33, !15, i64 0}
!33 = !{!"_ZTSNSt12_Vector_baseIP4NodeSaIS1_EE17_Vector_impl_dataE", !15, i64 0, !15, i64 8, !15, i64 16}
!34 = !{!33, !15, i64 16}
