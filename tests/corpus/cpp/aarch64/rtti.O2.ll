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

$_ZTV4Leaf = comdat any

$_ZTV6Branch = comdat any

$_ZTV5Fancy = comdat any

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
@_ZTISt8bad_cast = external constant ptr
@.str.11 = private unnamed_addr constant [15 x i8] c"unexpected %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [22 x i8] c"bad_cast caught (%s)\0A\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"cast\00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"mentions cast\00", align 1
@_ZTISt10bad_typeid = external constant ptr
@_ZTV4Leaf = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI4Leaf, ptr @_ZN4NodeD2Ev, ptr @_ZN4LeafD0Ev] }, comdat, align 8
@_ZTV6Branch = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI6Branch, ptr @_ZN6BranchD2Ev, ptr @_ZN6BranchD0Ev] }, comdat, align 8
@_ZTV5Fancy = linkonce_odr dso_local unnamed_addr constant { [5 x ptr], [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Fancy, ptr @_ZN5FancyD2Ev, ptr @_ZN5FancyD0Ev, ptr @_ZNK5Fancy3mixEv], [5 x ptr] [ptr inttoptr (i64 -16 to ptr), ptr @_ZTI5Fancy, ptr @_ZThn16_N5FancyD1Ev, ptr @_ZThn16_N5FancyD0Ev, ptr @_ZThn16_NK5Fancy3mixEv] }, comdat, align 8
@.str.17 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.18 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant [53 x i8] c"NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE\00", comdat, align 1
@.str.19 = private unnamed_addr constant [12 x i8] c"std::string\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@_ZTIc = external local_unnamed_addr constant ptr
@str = private unnamed_addr constant [18 x i8] c"bad_typeid caught\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %struct.Leaf, align 8
  %2 = alloca %struct.Branch, align 8
  %3 = alloca %struct.Fancy, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #15
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV4Leaf, i64 16), ptr %1, align 8, !tbaa !6
  store <2 x i32> <i32 0, i32 1>, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %2) #15
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 0, ptr %7, align 8, !tbaa !12
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #15
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  store <2 x i32> <i32 0, i32 1>, ptr %9, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 16), ptr %3, align 8, !tbaa !6
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV5Fancy, i64 56), ptr %10, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #15
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
  %37 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %27, ptr noundef nonnull dereferenceable(1) %36) #15
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %40, label %39

39:                                               ; preds = %32, %29
  br label %40

40:                                               ; preds = %13, %32, %39
  %41 = phi ptr [ @.str.17, %32 ], [ @.str.18, %39 ], [ @.str.17, %13 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #15
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
  invoke void @__cxa_bad_typeid() #16
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
  %63 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #15
  %64 = icmp ne ptr %63, null
  %65 = zext i1 %64 to i32
  %66 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI6Branch, i64 0) #15
  %67 = icmp ne ptr %66, null
  %68 = zext i1 %67 to i32
  %69 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Fancy, i64 0) #15
  %70 = icmp ne ptr %69, null
  %71 = zext i1 %70 to i32
  %72 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %62, i32 noundef %65, i32 noundef %68, i32 noundef %71)
  %73 = call ptr @__dynamic_cast(ptr nonnull %49, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI5Mixin, i64 -2) #15
  %74 = icmp eq ptr %73, null
  br i1 %74, label %86, label %77

75:                                               ; preds = %51
  %76 = landingpad { ptr, i32 }
          cleanup
  br label %262

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
  br label %262

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
  %101 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %95, ptr noundef nonnull dereferenceable(7) @_ZTS5Fancy) #15
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
  %114 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %113) #15
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
  %123 = call i32 @strcmp(ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr noundef nonnull dereferenceable(1) %122) #15
  %124 = icmp eq i32 %123, 0
  %125 = select i1 %124, ptr @.str.18, ptr @.str.19
  br label %126

126:                                              ; preds = %40, %109, %116, %118
  %127 = phi ptr [ @.str.17, %109 ], [ @.str.17, %40 ], [ @.str.18, %116 ], [ %125, %118 ]
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
  %138 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %128, ptr noundef nonnull dereferenceable(1) %137) #15
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
  %149 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %128, ptr noundef nonnull dereferenceable(1) %148) #15
  %150 = icmp eq i32 %149, 0
  br i1 %150, label %160, label %153

151:                                              ; preds = %140
  %152 = icmp eq ptr %128, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %152, label %159, label %160

153:                                              ; preds = %144
  %154 = icmp eq ptr %128, @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
  br i1 %154, label %159, label %155

155:                                              ; preds = %153
  %156 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %128, ptr noundef nonnull dereferenceable(53) @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE) #15
  %157 = freeze i32 %156
  %158 = icmp eq i32 %157, 0
  br i1 %158, label %159, label %160

159:                                              ; preds = %155, %153, %151
  br label %160

160:                                              ; preds = %126, %133, %140, %142, %144, %151, %155, %159
  %161 = phi ptr [ @.str.17, %133 ], [ @.str.18, %144 ], [ @.str.19, %159 ], [ @.str.20, %155 ], [ @.str.17, %126 ], [ @.str.18, %140 ], [ @.str.18, %142 ], [ @.str.20, %151 ]
  %162 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.17, ptr noundef nonnull %41, ptr noundef nonnull %127, ptr noundef nonnull %161)
  %163 = load ptr, ptr %5, align 8, !tbaa !24
  %164 = icmp eq ptr %163, %42
  br i1 %164, label %168, label %165

165:                                              ; preds = %160
  %166 = load i64, ptr %42, align 8, !tbaa !18
  %167 = add i64 %166, 1
  call void @_ZdlPvm(ptr noundef %163, i64 noundef %167) #17
  br label %168

168:                                              ; preds = %160, %165
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #15
  %169 = load i8, ptr %16, align 1, !tbaa !18
  %170 = icmp eq i8 %169, 42
  br i1 %170, label %171, label %174

171:                                              ; preds = %168
  %172 = load i8, ptr %27, align 1, !tbaa !18
  %173 = icmp eq i8 %172, 42
  br i1 %173, label %179, label %174

174:                                              ; preds = %168, %171
  %175 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %16, ptr noundef nonnull dereferenceable(1) %27) #15
  %176 = icmp slt i32 %175, 0
  %177 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %27, ptr noundef nonnull dereferenceable(1) %16) #15
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
  call void @__clang_call_terminate(ptr %191) #18
  unreachable

192:                                              ; preds = %182
  %193 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef nonnull @_ZTS4Leaf, i64 noundef 5, i64 noundef 3339675911)
          to label %197 unwind label %194

194:                                              ; preds = %192
  %195 = landingpad { ptr, i32 }
          catch ptr null
  %196 = extractvalue { ptr, i32 } %195, 0
  call void @__clang_call_terminate(ptr %196) #18
  unreachable

197:                                              ; preds = %192
  %198 = icmp eq i64 %188, %193
  %199 = zext i1 %198 to i32
  %200 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %199)
  %201 = call ptr @__dynamic_cast(ptr nonnull %10, ptr nonnull @_ZTI5Mixin, ptr nonnull @_ZTI4Node, i64 -2) #15
  %202 = getelementptr inbounds i8, ptr %201, i64 8
  %203 = load i32, ptr %202, align 8, !tbaa !12
  %204 = icmp eq ptr %201, %3
  %205 = zext i1 %204 to i32
  %206 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %203, i32 noundef %205)
  %207 = call ptr @__dynamic_cast(ptr nonnull %2, ptr nonnull @_ZTI4Node, ptr nonnull @_ZTI4Leaf, i64 0) #15
  %208 = icmp eq ptr %207, null
  br i1 %208, label %209, label %211

209:                                              ; preds = %197
  invoke void @__cxa_bad_cast() #16
          to label %210 unwind label %215

210:                                              ; preds = %209
  unreachable

211:                                              ; preds = %197
  %212 = getelementptr inbounds i8, ptr %207, i64 12
  %213 = load i32, ptr %212, align 4, !tbaa !25
  %214 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %213)
  br label %237

215:                                              ; preds = %209
  %216 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt8bad_cast
  %217 = extractvalue { ptr, i32 } %216, 1
  %218 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt8bad_cast) #15
  %219 = icmp eq i32 %217, %218
  br i1 %219, label %220, label %262

220:                                              ; preds = %215
  %221 = extractvalue { ptr, i32 } %216, 0
  %222 = call ptr @__cxa_begin_catch(ptr %221) #15
  %223 = load ptr, ptr %222, align 8, !tbaa !6
  %224 = getelementptr inbounds i8, ptr %223, i64 16
  %225 = load ptr, ptr %224, align 8
  %226 = call noundef ptr %225(ptr noundef nonnull align 8 dereferenceable(8) %222) #15
  %227 = call noundef ptr @strstr(ptr noundef nonnull dereferenceable(1) %226, ptr noundef nonnull dereferenceable(1) @.str.13) #19
  %228 = icmp eq ptr %227, null
  br i1 %228, label %229, label %234

229:                                              ; preds = %220
  %230 = load ptr, ptr %222, align 8, !tbaa !6
  %231 = getelementptr inbounds i8, ptr %230, i64 16
  %232 = load ptr, ptr %231, align 8
  %233 = call noundef ptr %232(ptr noundef nonnull align 8 dereferenceable(8) %222) #15
  br label %234

234:                                              ; preds = %220, %229
  %235 = phi ptr [ %233, %229 ], [ @.str.14, %220 ]
  %236 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef %235)
  invoke void @__cxa_end_catch()
          to label %237 unwind label %239

237:                                              ; preds = %211, %234
  invoke void @__cxa_bad_typeid() #16
          to label %238 unwind label %241

238:                                              ; preds = %237
  unreachable

239:                                              ; preds = %234
  %240 = landingpad { ptr, i32 }
          cleanup
  br label %262

241:                                              ; preds = %237
  %242 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt10bad_typeid
  %243 = extractvalue { ptr, i32 } %242, 1
  %244 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt10bad_typeid) #15
  %245 = icmp eq i32 %243, %244
  br i1 %245, label %246, label %262

246:                                              ; preds = %241
  %247 = extractvalue { ptr, i32 } %242, 0
  %248 = call ptr @__cxa_begin_catch(ptr %247) #15
  %249 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  invoke void @__cxa_end_catch()
          to label %250 unwind label %260

250:                                              ; preds = %246
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %251 = load ptr, ptr %8, align 8, !tbaa !27
  %252 = icmp eq ptr %251, null
  br i1 %252, label %259, label %253

253:                                              ; preds = %250
  %254 = getelementptr inbounds i8, ptr %2, i64 32
  %255 = load ptr, ptr %254, align 8, !tbaa !29
  %256 = ptrtoint ptr %255 to i64
  %257 = ptrtoint ptr %251 to i64
  %258 = sub i64 %256, %257
  call void @_ZdlPvm(ptr noundef nonnull %251, i64 noundef %258) #17
  br label %259

259:                                              ; preds = %250, %253
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #15
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #15
  ret i32 0

260:                                              ; preds = %246
  %261 = landingpad { ptr, i32 }
          cleanup
  br label %262

262:                                              ; preds = %75, %84, %215, %239, %241, %260
  %263 = phi { ptr, i32 } [ %261, %260 ], [ %242, %241 ], [ %240, %239 ], [ %216, %215 ], [ %76, %75 ], [ %85, %84 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %2, align 8, !tbaa !6
  %264 = load ptr, ptr %8, align 8, !tbaa !27
  %265 = icmp eq ptr %264, null
  br i1 %265, label %272, label %266

266:                                              ; preds = %262
  %267 = getelementptr inbounds i8, ptr %2, i64 32
  %268 = load ptr, ptr %267, align 8, !tbaa !29
  %269 = ptrtoint ptr %268 to i64
  %270 = ptrtoint ptr %264 to i64
  %271 = sub i64 %269, %270
  call void @_ZdlPvm(ptr noundef nonnull %264, i64 noundef %271) #17
  br label %272

272:                                              ; preds = %262, %266
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #15
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #15
  resume { ptr, i32 } %263
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

declare void @__cxa_bad_cast() local_unnamed_addr

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #4

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare noundef ptr @strstr(ptr noundef, ptr nocapture noundef) local_unnamed_addr #5

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #6 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #15
  tail call void @_ZSt9terminatev() #18
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !27
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !29
  %8 = ptrtoint ptr %7 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = sub i64 %8, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #17
  br label %11

11:                                               ; preds = %1, %5
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4NodeD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #8 comdat {
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4LeafD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #7 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #17
  ret void
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #9

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6BranchD0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV6Branch, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !27
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !29
  %8 = ptrtoint ptr %7 to i64
  %9 = ptrtoint ptr %3 to i64
  %10 = sub i64 %8, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef %10) #17
  br label %11

11:                                               ; preds = %1, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #17
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5FancyD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK5Fancy3mixEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #8 comdat {
  ret i32 30
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD1Ev(ptr noundef %0) unnamed_addr #10 comdat {
  ret void
}

; Function Attrs: inlinehint nounwind uwtable
define linkonce_odr dso_local void @_ZThn16_N5FancyD0Ev(ptr noundef %0) unnamed_addr #10 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 -16
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 24) #17
  ret void
}

; Function Attrs: uwtable
define linkonce_odr dso_local noundef i32 @_ZThn16_NK5Fancy3mixEv(ptr noundef %0) unnamed_addr #11 comdat {
  ret i32 30
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #5

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #13

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #14

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #4 = { nofree nosync nounwind memory(none) }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { inlinehint nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { nofree nounwind }
attributes #14 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #15 = { nounwind }
attributes #16 = { noreturn }
attributes #17 = { builtin nounwind }
attributes #18 = { noreturn nounwind }
attributes #19 = { nounwind willreturn memory(read) }

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
!25 = !{!26, !10, i64 12}
!26 = !{!"_ZTS4Leaf", !13, i64 0, !10, i64 12}
!27 = !{!28, !15, i64 0}
!28 = !{!"_ZTSNSt12_Vector_baseIP4NodeSaIS1_EE17_Vector_impl_dataE", !15, i64 0, !15, i64 8, !15, i64 16}
!29 = !{!28, !15, i64 16}
