; ModuleID = 'stl_containers.cpp'
source_filename = "stl_containers.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"struct.std::piecewise_construct_t" = type { i8 }
%"class.std::__cxx11::list" = type { %"class.std::__cxx11::_List_base" }
%"class.std::__cxx11::_List_base" = type { %"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" }
%"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" = type { %"struct.std::__detail::_List_node_header" }
%"struct.std::__detail::_List_node_header" = type { %"struct.std::__detail::_List_node_base", i64 }
%"struct.std::__detail::_List_node_base" = type { ptr, ptr }
%"struct.std::__detail::_AllocNode" = type { ptr }
%"class.std::map" = type { %"class.std::_Rb_tree" }
%"class.std::_Rb_tree" = type { %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"struct.std::_Rb_tree_header" = type { %"struct.std::_Rb_tree_node_base", i64 }
%"struct.std::_Rb_tree_node_base" = type { i32, ptr, ptr, ptr }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::set" = type { %"class.std::_Rb_tree.9" }
%"class.std::_Rb_tree.9" = type { %"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"class.std::unordered_map" = type { %"class.std::_Hashtable" }
%"class.std::_Hashtable" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"struct.std::__detail::_Hash_node_base" = type { ptr }
%"struct.std::__detail::_Prime_rehash_policy" = type { float, i64 }
%"class.std::unordered_set" = type { %"class.std::_Hashtable.29" }
%"class.std::_Hashtable.29" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"class.std::deque" = type { %"class.std::_Deque_base" }
%"class.std::_Deque_base" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" = type { ptr, i64, %"struct.std::_Deque_iterator", %"struct.std::_Deque_iterator" }
%"struct.std::_Deque_iterator" = type { ptr, ptr, ptr, ptr }
%"struct.std::pair.27" = type { i32, i32 }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base" }
%"struct.std::_Head_base" = type { ptr }
%"class.std::tuple.76" = type { i8 }
%"struct.std::__detail::_Scratch_list" = type { %"struct.std::__detail::_List_node_base" }

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_ = comdat any

$_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_ = comdat any

$_ZNSt7__cxx114listIiSaIiEE4sortEv = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_ = comdat any

$_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_ = comdat any

$_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_ = comdat any

$_ZNSt8__detail9_Map_baseIiSt4pairIKiiESaIS3_ENS_10_Select1stESt8equal_toIiESt4hashIiENS_18_Mod_range_hashingENS_20_Default_ranged_hashENS_20_Prime_rehash_policyENS_17_Hashtable_traitsILb0ELb0ELb1EEELb1EEixEOi = comdat any

$_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_ = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_ = comdat any

$_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb = comdat any

$_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_ = comdat any

$_ZSt19piecewise_construct = comdat any

@.str = private unnamed_addr constant [55 x i8] c"vector: size %zu, min %d, max %d, first >= 250 at %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"distinct values: %zu, sum %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"brown\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"jumps\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@__const.main.text = private unnamed_addr constant [11 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.4, ptr @.str.10, ptr @.str.11, ptr @.str.4, ptr @.str.12], align 16
@.str.13 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1
@.str.14 = private unnamed_addr constant [45 x i8] c"map size %zu, quick %s, upper_bound(l) = %s\0A\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"found\00", align 1
@.str.16 = private unnamed_addr constant [8 x i8] c"missing\00", align 1
@.str.18 = private unnamed_addr constant [57 x i8] c"set: %zu elements, count(42) %zu, lowest %d, highest %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [58 x i8] c"unordered_map: %zu buckets used by %zu keys; top residues\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c" %d(%d)\00", align 1
@.str.21 = private unnamed_addr constant [42 x i8] c"unordered_set: %zu unique, %d duplicates\0A\00", align 1
@.str.22 = private unnamed_addr constant [20 x i8] c"| front %d back %d\0A\00", align 1
@.str.23 = private unnamed_addr constant [12 x i8] c"list (%zu):\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@_ZL4seed = internal unnamed_addr global i32 2024, align 4
@.str.25 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.26 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1
@.str.27 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@_ZSt19piecewise_construct = linkonce_odr dso_local constant %"struct.std::piecewise_construct_t" zeroinitializer, comdat, align 1
@.str.28 = private unnamed_addr constant [48 x i8] c"cannot create std::deque larger than max_size()\00", align 1

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %"class.std::__cxx11::list", align 8
  %2 = alloca %"class.std::__cxx11::list", align 8
  %3 = alloca %"struct.std::__detail::_AllocNode", align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca %"class.std::map", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca %"class.std::__cxx11::basic_string", align 8
  %9 = alloca %"class.std::__cxx11::basic_string", align 8
  %10 = alloca %"class.std::__cxx11::basic_string", align 8
  %11 = alloca %"class.std::set", align 8
  %12 = alloca %"class.std::unordered_map", align 8
  %13 = alloca i32, align 4
  %14 = alloca %"class.std::unordered_set", align 8
  %15 = alloca %"class.std::__cxx11::basic_string", align 8
  %16 = alloca %"class.std::deque", align 8
  %17 = alloca i32, align 4
  %18 = alloca %"class.std::__cxx11::list", align 8
  %19 = load i32, ptr @_ZL4seed, align 4, !tbaa !5
  br label %238

20:                                               ; preds = %280
  %21 = ptrtoint ptr %283 to i64
  %22 = ptrtoint ptr %285 to i64
  %23 = ptrtoint ptr %284 to i64
  %24 = sub i64 %22, %23
  %25 = ashr exact i64 %24, 2
  %26 = icmp eq ptr %285, %284
  br i1 %26, label %27, label %29

27:                                               ; preds = %20
  %28 = getelementptr inbounds i8, ptr null, i64 %24
  br label %38

29:                                               ; preds = %20
  %30 = icmp ugt i64 %25, 2305843009213693951
  br i1 %30, label %31, label %32, !prof !9

31:                                               ; preds = %29
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

32:                                               ; preds = %29
  %33 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #19
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %33, ptr align 4 %284, i64 %24, i1 false)
  %34 = getelementptr inbounds i8, ptr %33, i64 %24
  %35 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %25, i1 true)
  %36 = shl nuw nsw i64 %35, 1
  %37 = xor i64 %36, 126
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %33, ptr nonnull %34, i64 noundef %37)
  tail call void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr nonnull %33, ptr nonnull %34)
  br label %38

38:                                               ; preds = %27, %32
  %39 = phi ptr [ %28, %27 ], [ %34, %32 ]
  %40 = phi ptr [ null, %27 ], [ %33, %32 ]
  %41 = ptrtoint ptr %40 to i64
  %42 = icmp sgt i64 %25, 0
  br i1 %42, label %43, label %58

43:                                               ; preds = %38, %43
  %44 = phi i64 [ %54, %43 ], [ %25, %38 ]
  %45 = phi ptr [ %53, %43 ], [ %40, %38 ]
  %46 = lshr i64 %44, 1
  %47 = getelementptr inbounds i32, ptr %45, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !5
  %49 = icmp slt i32 %48, 250
  %50 = getelementptr inbounds i8, ptr %47, i64 4
  %51 = xor i64 %46, -1
  %52 = add nsw i64 %44, %51
  %53 = select i1 %49, ptr %50, ptr %45
  %54 = select i1 %49, i64 %52, i64 %46
  %55 = icmp sgt i64 %54, 0
  br i1 %55, label %43, label %56, !llvm.loop !10

56:                                               ; preds = %43
  %57 = ptrtoint ptr %53 to i64
  br label %58

58:                                               ; preds = %56, %38
  %59 = phi i64 [ %57, %56 ], [ %41, %38 ]
  %60 = load i32, ptr %40, align 4, !tbaa !5
  %61 = getelementptr inbounds i8, ptr %39, i64 -4
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = sub i64 %59, %41
  %64 = ashr exact i64 %63, 2
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %25, i32 noundef %60, i32 noundef %62, i64 noundef %64)
  br i1 %26, label %140, label %66

66:                                               ; preds = %58, %70
  %67 = phi ptr [ %68, %70 ], [ %40, %58 ]
  %68 = getelementptr inbounds i8, ptr %67, i64 4
  %69 = icmp eq ptr %68, %39
  br i1 %69, label %99, label %70

70:                                               ; preds = %66
  %71 = load i32, ptr %67, align 4, !tbaa !5
  %72 = load i32, ptr %68, align 4, !tbaa !5
  %73 = icmp eq i32 %71, %72
  br i1 %73, label %74, label %66, !llvm.loop !12

74:                                               ; preds = %70
  %75 = getelementptr inbounds i8, ptr %67, i64 8
  %76 = icmp eq ptr %75, %39
  br i1 %76, label %89, label %77

77:                                               ; preds = %74, %85
  %78 = phi i32 [ %81, %85 ], [ %71, %74 ]
  %79 = phi ptr [ %87, %85 ], [ %75, %74 ]
  %80 = phi ptr [ %86, %85 ], [ %67, %74 ]
  %81 = load i32, ptr %79, align 4, !tbaa !5
  %82 = icmp eq i32 %78, %81
  br i1 %82, label %85, label %83

83:                                               ; preds = %77
  %84 = getelementptr inbounds i8, ptr %80, i64 4
  store i32 %81, ptr %84, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %83, %77
  %86 = phi ptr [ %80, %77 ], [ %84, %83 ]
  %87 = getelementptr inbounds i8, ptr %79, i64 4
  %88 = icmp eq ptr %87, %39
  br i1 %88, label %89, label %77, !llvm.loop !13

89:                                               ; preds = %85, %74
  %90 = phi ptr [ %67, %74 ], [ %86, %85 ]
  %91 = getelementptr inbounds i8, ptr %90, i64 4
  %92 = icmp eq ptr %91, %39
  br i1 %92, label %99, label %93

93:                                               ; preds = %89
  %94 = ptrtoint ptr %91 to i64
  %95 = sub i64 %94, %41
  %96 = getelementptr inbounds i8, ptr %40, i64 %95
  %97 = icmp eq i64 %24, %95
  %98 = select i1 %97, ptr %39, ptr %96
  br label %99

99:                                               ; preds = %66, %93, %89
  %100 = phi ptr [ %39, %89 ], [ %98, %93 ], [ %39, %66 ]
  br i1 %26, label %140, label %101

101:                                              ; preds = %99
  %102 = sub i64 %21, %23
  %103 = lshr i64 %102, 2
  %104 = add nuw nsw i64 %103, 1
  %105 = icmp ult i64 %102, 12
  br i1 %105, label %129, label %106

106:                                              ; preds = %101
  %107 = and i64 %104, 9223372036854775804
  %108 = shl i64 %107, 2
  %109 = getelementptr i8, ptr %284, i64 %108
  br label %110

110:                                              ; preds = %110, %106
  %111 = phi i64 [ 0, %106 ], [ %123, %110 ]
  %112 = phi <2 x i64> [ zeroinitializer, %106 ], [ %121, %110 ]
  %113 = phi <2 x i64> [ zeroinitializer, %106 ], [ %122, %110 ]
  %114 = shl i64 %111, 2
  %115 = getelementptr i8, ptr %284, i64 %114
  %116 = getelementptr i8, ptr %115, i64 8
  %117 = load <2 x i32>, ptr %115, align 4, !tbaa !5
  %118 = load <2 x i32>, ptr %116, align 4, !tbaa !5
  %119 = sext <2 x i32> %117 to <2 x i64>
  %120 = sext <2 x i32> %118 to <2 x i64>
  %121 = add <2 x i64> %112, %119
  %122 = add <2 x i64> %113, %120
  %123 = add nuw i64 %111, 4
  %124 = icmp eq i64 %123, %107
  br i1 %124, label %125, label %110, !llvm.loop !14

125:                                              ; preds = %110
  %126 = add <2 x i64> %122, %121
  %127 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %126)
  %128 = icmp eq i64 %104, %107
  br i1 %128, label %140, label %129

129:                                              ; preds = %125, %101
  %130 = phi i64 [ 0, %101 ], [ %127, %125 ]
  %131 = phi ptr [ %284, %101 ], [ %109, %125 ]
  br label %132

132:                                              ; preds = %129, %132
  %133 = phi i64 [ %137, %132 ], [ %130, %129 ]
  %134 = phi ptr [ %138, %132 ], [ %131, %129 ]
  %135 = load i32, ptr %134, align 4, !tbaa !5
  %136 = sext i32 %135 to i64
  %137 = add nsw i64 %133, %136
  %138 = getelementptr inbounds i8, ptr %134, i64 4
  %139 = icmp eq ptr %134, %283
  br i1 %139, label %140, label %132, !llvm.loop !17

140:                                              ; preds = %132, %125, %58, %99
  %141 = phi ptr [ %100, %99 ], [ %39, %58 ], [ %100, %125 ], [ %100, %132 ]
  %142 = phi i64 [ 0, %99 ], [ 0, %58 ], [ %127, %125 ], [ %137, %132 ]
  %143 = ptrtoint ptr %141 to i64
  %144 = sub i64 %143, %41
  %145 = ashr exact i64 %144, 2
  %146 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %145, i64 noundef %142)
  %147 = tail call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #19
  %148 = getelementptr inbounds i8, ptr %147, i64 4
  %149 = getelementptr inbounds i8, ptr %147, i64 8
  %150 = getelementptr inbounds i8, ptr %147, i64 12
  %151 = getelementptr inbounds i8, ptr %147, i64 16
  %152 = getelementptr inbounds i8, ptr %147, i64 20
  %153 = getelementptr inbounds i8, ptr %147, i64 24
  %154 = getelementptr inbounds i8, ptr %147, i64 28
  %155 = getelementptr inbounds i8, ptr %147, i64 32
  store i32 9, ptr %155, align 4, !tbaa !5
  %156 = getelementptr inbounds i8, ptr %147, i64 36
  store i32 10, ptr %156, align 4, !tbaa !5
  store <4 x i32> <i32 1, i32 4, i32 9, i32 16>, ptr %147, align 4, !tbaa !5
  %157 = getelementptr inbounds i8, ptr %147, i64 16
  store <4 x i32> <i32 25, i32 36, i32 49, i32 64>, ptr %157, align 4, !tbaa !5
  %158 = getelementptr inbounds i8, ptr %147, i64 32
  %159 = load i32, ptr %155, align 4, !tbaa !5
  %160 = mul nsw i32 %159, %159
  store i32 %160, ptr %158, align 4, !tbaa !5
  %161 = getelementptr inbounds i8, ptr %147, i64 36
  %162 = load i32, ptr %156, align 4, !tbaa !5
  %163 = mul nsw i32 %162, %162
  store i32 %163, ptr %161, align 4, !tbaa !5
  %164 = getelementptr inbounds i8, ptr %147, i64 40
  br label %165

165:                                              ; preds = %140, %188
  %166 = phi ptr [ %182, %188 ], [ %164, %140 ]
  %167 = phi i64 [ %189, %188 ], [ 0, %140 ]
  br label %168

168:                                              ; preds = %176, %165
  %169 = phi i64 [ %167, %165 ], [ %177, %176 ]
  %170 = getelementptr inbounds i8, ptr %147, i64 %169
  %171 = load i32, ptr %170, align 4, !tbaa !5
  %172 = and i32 %171, 1
  %173 = icmp eq i32 %172, 0
  br i1 %173, label %176, label %174

174:                                              ; preds = %168
  %175 = getelementptr inbounds i8, ptr %147, i64 %169
  br label %180

176:                                              ; preds = %168
  %177 = add nsw i64 %169, 4
  %178 = getelementptr inbounds i8, ptr %147, i64 %177
  %179 = icmp eq ptr %178, %166
  br i1 %179, label %192, label %168, !llvm.loop !18

180:                                              ; preds = %174, %184
  %181 = phi ptr [ %182, %184 ], [ %166, %174 ]
  %182 = getelementptr inbounds i8, ptr %181, i64 -4
  %183 = icmp eq ptr %175, %182
  br i1 %183, label %192, label %184

184:                                              ; preds = %180
  %185 = load i32, ptr %182, align 4, !tbaa !5
  %186 = and i32 %185, 1
  %187 = icmp eq i32 %186, 0
  br i1 %187, label %188, label %180, !llvm.loop !19

188:                                              ; preds = %184
  store i32 %185, ptr %175, align 4, !tbaa !5
  store i32 %171, ptr %182, align 4, !tbaa !5
  %189 = add nsw i64 %169, 4
  %190 = getelementptr inbounds i8, ptr %147, i64 %189
  %191 = icmp eq ptr %190, %182
  br i1 %191, label %192, label %165, !llvm.loop !20

192:                                              ; preds = %188, %176, %180
  %193 = phi i64 [ %169, %180 ], [ %177, %176 ], [ %189, %188 ]
  %194 = getelementptr inbounds i8, ptr %147, i64 %193
  %195 = icmp eq i64 %193, 0
  br i1 %195, label %202, label %196

196:                                              ; preds = %192
  %197 = ashr exact i64 %193, 2
  %198 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %197, i1 true)
  %199 = shl nuw nsw i64 %198, 1
  %200 = xor i64 %199, 126
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %147, ptr nonnull %194, i64 noundef %200)
  tail call void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr nonnull %147, ptr nonnull %194)
  %201 = icmp eq i64 %193, 40
  br i1 %201, label %208, label %202

202:                                              ; preds = %192, %196
  %203 = sub nsw i64 40, %193
  %204 = ashr exact i64 %203, 2
  %205 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %204, i1 true)
  %206 = shl nuw nsw i64 %205, 1
  %207 = xor i64 %206, 126
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %194, ptr nonnull %164, i64 noundef %207)
  tail call void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr nonnull %194, ptr nonnull %164)
  br label %208

208:                                              ; preds = %196, %202
  %209 = tail call ptr @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(ptr nonnull %147, ptr nonnull %150, ptr nonnull %164)
  %210 = load i32, ptr %147, align 4, !tbaa !5
  %211 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %210)
  %212 = load i32, ptr %148, align 4, !tbaa !5
  %213 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %212)
  %214 = load i32, ptr %149, align 4, !tbaa !5
  %215 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %214)
  %216 = load i32, ptr %150, align 4, !tbaa !5
  %217 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %216)
  %218 = load i32, ptr %151, align 4, !tbaa !5
  %219 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %218)
  %220 = load i32, ptr %152, align 4, !tbaa !5
  %221 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %220)
  %222 = load i32, ptr %153, align 4, !tbaa !5
  %223 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %222)
  %224 = load i32, ptr %154, align 4, !tbaa !5
  %225 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %224)
  %226 = load i32, ptr %155, align 4, !tbaa !5
  %227 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %226)
  %228 = load i32, ptr %156, align 4, !tbaa !5
  %229 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %228)
  %230 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %6) #20
  %231 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 0, ptr %231, align 8, !tbaa !21
  %232 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr null, ptr %232, align 8, !tbaa !27
  %233 = getelementptr inbounds i8, ptr %6, i64 24
  store ptr %231, ptr %233, align 8, !tbaa !28
  %234 = getelementptr inbounds i8, ptr %6, i64 32
  store ptr %231, ptr %234, align 8, !tbaa !29
  %235 = getelementptr inbounds i8, ptr %6, i64 40
  store i64 0, ptr %235, align 8, !tbaa !30
  %236 = getelementptr inbounds i8, ptr %7, i64 16
  %237 = getelementptr inbounds i8, ptr %7, i64 8
  br label %291

238:                                              ; preds = %0, %280
  %239 = phi i32 [ %19, %0 ], [ %281, %280 ]
  %240 = phi i32 [ 0, %0 ], [ %286, %280 ]
  %241 = phi ptr [ null, %0 ], [ %284, %280 ]
  %242 = phi ptr [ null, %0 ], [ %285, %280 ]
  %243 = phi ptr [ null, %0 ], [ %282, %280 ]
  %244 = mul i32 %239, 1664525
  %245 = add i32 %244, 1013904223
  store i32 %245, ptr @_ZL4seed, align 4, !tbaa !5
  %246 = lshr i32 %245, 8
  %247 = urem i32 %246, 500
  %248 = icmp eq ptr %242, %243
  br i1 %248, label %250, label %249

249:                                              ; preds = %238
  store i32 %247, ptr %242, align 4, !tbaa !5
  br label %280

250:                                              ; preds = %238
  %251 = ptrtoint ptr %242 to i64
  %252 = ptrtoint ptr %241 to i64
  %253 = sub i64 %251, %252
  %254 = icmp eq i64 %253, 9223372036854775804
  br i1 %254, label %255, label %256

255:                                              ; preds = %250
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.25) #18
  unreachable

256:                                              ; preds = %250
  %257 = ashr exact i64 %253, 2
  %258 = tail call i64 @llvm.umax.i64(i64 %257, i64 1)
  %259 = add nsw i64 %258, %257
  %260 = icmp ult i64 %259, %257
  %261 = tail call i64 @llvm.umin.i64(i64 %259, i64 2305843009213693951)
  %262 = select i1 %260, i64 2305843009213693951, i64 %261
  %263 = icmp eq i64 %262, 0
  br i1 %263, label %267, label %264

264:                                              ; preds = %256
  %265 = shl nuw nsw i64 %262, 2
  %266 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %265) #19
  br label %267

267:                                              ; preds = %264, %256
  %268 = phi ptr [ %266, %264 ], [ null, %256 ]
  %269 = getelementptr inbounds i32, ptr %268, i64 %257
  store i32 %247, ptr %269, align 4, !tbaa !5
  %270 = icmp sgt i64 %253, 0
  br i1 %270, label %271, label %272

271:                                              ; preds = %267
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %268, ptr align 4 %241, i64 %253, i1 false)
  br label %272

272:                                              ; preds = %267, %271
  %273 = getelementptr inbounds i8, ptr %268, i64 %253
  %274 = icmp eq ptr %241, null
  br i1 %274, label %277, label %275

275:                                              ; preds = %272
  tail call void @_ZdlPvm(ptr noundef nonnull %241, i64 noundef %253) #21
  %276 = load i32, ptr @_ZL4seed, align 4, !tbaa !5
  br label %277

277:                                              ; preds = %272, %275
  %278 = phi i32 [ %245, %272 ], [ %276, %275 ]
  %279 = getelementptr inbounds i32, ptr %268, i64 %262
  br label %280

280:                                              ; preds = %249, %277
  %281 = phi i32 [ %278, %277 ], [ %245, %249 ]
  %282 = phi ptr [ %279, %277 ], [ %243, %249 ]
  %283 = phi ptr [ %273, %277 ], [ %242, %249 ]
  %284 = phi ptr [ %268, %277 ], [ %241, %249 ]
  %285 = getelementptr inbounds i8, ptr %283, i64 4
  %286 = add nuw nsw i32 %240, 1
  %287 = icmp eq i32 %286, 1000
  br i1 %287, label %20, label %238, !llvm.loop !31

288:                                              ; preds = %320
  %289 = load ptr, ptr %233, align 8, !tbaa !28
  %290 = icmp eq ptr %289, %231
  br i1 %290, label %323, label %476

291:                                              ; preds = %208, %320
  %292 = phi i64 [ 0, %208 ], [ %321, %320 ]
  %293 = getelementptr inbounds i8, ptr @__const.main.text, i64 %292
  %294 = load ptr, ptr %293, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #20
  store ptr %236, ptr %7, align 8, !tbaa !33
  %295 = icmp eq ptr %294, null
  br i1 %295, label %296, label %297

296:                                              ; preds = %291
  call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #18
  unreachable

297:                                              ; preds = %291
  %298 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %294) #20
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #20
  store i64 %298, ptr %5, align 8, !tbaa !35
  %299 = icmp ugt i64 %298, 15
  br i1 %299, label %300, label %303

300:                                              ; preds = %297
  %301 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %7, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0) #20
  store ptr %301, ptr %7, align 8, !tbaa !36
  %302 = load i64, ptr %5, align 8, !tbaa !35
  store i64 %302, ptr %236, align 8, !tbaa !38
  br label %303

303:                                              ; preds = %300, %297
  %304 = phi ptr [ %301, %300 ], [ %236, %297 ]
  switch i64 %298, label %307 [
    i64 1, label %305
    i64 0, label %308
  ]

305:                                              ; preds = %303
  %306 = load i8, ptr %294, align 1, !tbaa !38
  store i8 %306, ptr %304, align 1, !tbaa !38
  br label %308

307:                                              ; preds = %303
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %304, ptr nonnull align 1 %294, i64 %298, i1 false)
  br label %308

308:                                              ; preds = %303, %305, %307
  %309 = load i64, ptr %5, align 8, !tbaa !35
  store i64 %309, ptr %237, align 8, !tbaa !39
  %310 = load ptr, ptr %7, align 8, !tbaa !36
  %311 = getelementptr inbounds i8, ptr %310, i64 %309
  store i8 0, ptr %311, align 1, !tbaa !38
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #20
  %312 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %7)
  %313 = load i32, ptr %312, align 4, !tbaa !5
  %314 = add nsw i32 %313, 1
  store i32 %314, ptr %312, align 4, !tbaa !5
  %315 = load ptr, ptr %7, align 8, !tbaa !36
  %316 = icmp eq ptr %315, %236
  br i1 %316, label %320, label %317

317:                                              ; preds = %308
  %318 = load i64, ptr %236, align 8, !tbaa !38
  %319 = add i64 %318, 1
  call void @_ZdlPvm(ptr noundef %315, i64 noundef %319) #21
  br label %320

320:                                              ; preds = %308, %317
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #20
  %321 = add nuw nsw i64 %292, 8
  %322 = icmp eq i64 %321, 88
  br i1 %322, label %288, label %291

323:                                              ; preds = %476, %288
  %324 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #20
  %325 = getelementptr inbounds i8, ptr %8, i64 16
  store ptr %325, ptr %8, align 8, !tbaa !33
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(3) %325, ptr noundef nonnull align 1 dereferenceable(3) @.str.7, i64 3, i1 false)
  %326 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 3, ptr %326, align 8, !tbaa !39
  %327 = getelementptr inbounds i8, ptr %8, i64 19
  store i8 0, ptr %327, align 1, !tbaa !38
  %328 = call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %8)
  %329 = extractvalue { ptr, ptr } %328, 0
  %330 = extractvalue { ptr, ptr } %328, 1
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr %329, ptr %330)
  %331 = load ptr, ptr %8, align 8, !tbaa !36
  %332 = icmp eq ptr %331, %325
  br i1 %332, label %336, label %333

333:                                              ; preds = %323
  %334 = load i64, ptr %325, align 8, !tbaa !38
  %335 = add i64 %334, 1
  call void @_ZdlPvm(ptr noundef %331, i64 noundef %335) #21
  br label %336

336:                                              ; preds = %323, %333
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #20
  %337 = getelementptr inbounds i8, ptr %9, i64 16
  store ptr %337, ptr %9, align 8, !tbaa !33
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %337, ptr noundef nonnull align 1 dereferenceable(5) @.str.5, i64 5, i1 false)
  %338 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 5, ptr %338, align 8, !tbaa !39
  %339 = getelementptr inbounds i8, ptr %9, i64 21
  store i8 0, ptr %339, align 1, !tbaa !38
  %340 = load ptr, ptr %232, align 8, !tbaa !27
  %341 = icmp eq ptr %340, null
  br i1 %341, label %390, label %342

342:                                              ; preds = %336, %359
  %343 = phi ptr [ %365, %359 ], [ %340, %336 ]
  %344 = phi ptr [ %362, %359 ], [ %231, %336 ]
  %345 = getelementptr inbounds i8, ptr %343, i64 40
  %346 = load i64, ptr %345, align 8, !tbaa !39
  %347 = icmp eq i64 %346, 0
  br i1 %347, label %354, label %348

348:                                              ; preds = %342
  %349 = call i64 @llvm.umin.i64(i64 %346, i64 5)
  %350 = getelementptr inbounds i8, ptr %343, i64 32
  %351 = load ptr, ptr %350, align 8, !tbaa !36
  %352 = call i32 @memcmp(ptr noundef %351, ptr noundef nonnull %337, i64 noundef %349) #20
  %353 = icmp eq i32 %352, 0
  br i1 %353, label %354, label %359

354:                                              ; preds = %348, %342
  %355 = add i64 %346, -5
  %356 = call i64 @llvm.smax.i64(i64 %355, i64 -2147483648)
  %357 = call i64 @llvm.smin.i64(i64 %356, i64 2147483647)
  %358 = trunc nsw i64 %357 to i32
  br label %359

359:                                              ; preds = %354, %348
  %360 = phi i32 [ %352, %348 ], [ %358, %354 ]
  %361 = icmp slt i32 %360, 0
  %362 = select i1 %361, ptr %344, ptr %343
  %363 = select i1 %361, i64 24, i64 16
  %364 = getelementptr inbounds i8, ptr %343, i64 %363
  %365 = load ptr, ptr %364, align 8, !tbaa !32
  %366 = icmp eq ptr %365, null
  br i1 %366, label %367, label %342, !llvm.loop !40

367:                                              ; preds = %359
  %368 = icmp eq ptr %362, %231
  br i1 %368, label %390, label %369

369:                                              ; preds = %367
  %370 = select i1 %361, ptr %344, ptr %343
  %371 = getelementptr inbounds i8, ptr %370, i64 40
  %372 = load i64, ptr %371, align 8, !tbaa !39
  %373 = icmp eq i64 %372, 0
  br i1 %373, label %381, label %374

374:                                              ; preds = %369
  %375 = call i64 @llvm.umin.i64(i64 %372, i64 5)
  %376 = select i1 %361, ptr %344, ptr %343
  %377 = getelementptr inbounds i8, ptr %376, i64 32
  %378 = load ptr, ptr %377, align 8, !tbaa !36
  %379 = call i32 @memcmp(ptr noundef nonnull %337, ptr noundef %378, i64 noundef %375) #20
  %380 = icmp eq i32 %379, 0
  br i1 %380, label %381, label %386

381:                                              ; preds = %374, %369
  %382 = sub i64 5, %372
  %383 = call i64 @llvm.smax.i64(i64 %382, i64 -2147483648)
  %384 = call i64 @llvm.smin.i64(i64 %383, i64 2147483647)
  %385 = trunc nsw i64 %384 to i32
  br label %386

386:                                              ; preds = %381, %374
  %387 = phi i32 [ %379, %374 ], [ %385, %381 ]
  %388 = icmp slt i32 %387, 0
  %389 = select i1 %388, ptr %231, ptr %362
  br label %390

390:                                              ; preds = %336, %367, %386
  %391 = phi ptr [ %231, %367 ], [ %231, %336 ], [ %389, %386 ]
  %392 = load i64, ptr %235, align 8, !tbaa !30
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #20
  %393 = icmp eq ptr %391, %231
  %394 = select i1 %393, ptr @.str.16, ptr @.str.15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %10) #20
  %395 = getelementptr inbounds i8, ptr %10, i64 16
  store ptr %395, ptr %10, align 8, !tbaa !33
  store i8 108, ptr %395, align 8, !tbaa !38
  %396 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 1, ptr %396, align 8, !tbaa !39
  %397 = getelementptr inbounds i8, ptr %10, i64 17
  store i8 0, ptr %397, align 1, !tbaa !38
  br i1 %341, label %423, label %398

398:                                              ; preds = %390, %415
  %399 = phi ptr [ %421, %415 ], [ %340, %390 ]
  %400 = phi ptr [ %418, %415 ], [ %231, %390 ]
  %401 = getelementptr inbounds i8, ptr %399, i64 40
  %402 = load i64, ptr %401, align 8, !tbaa !39
  %403 = icmp ne i64 %402, 0
  br i1 %403, label %404, label %410

404:                                              ; preds = %398
  %405 = zext i1 %403 to i64
  %406 = getelementptr inbounds i8, ptr %399, i64 32
  %407 = load ptr, ptr %406, align 8, !tbaa !36
  %408 = call i32 @memcmp(ptr noundef nonnull %395, ptr noundef %407, i64 noundef %405) #20
  %409 = icmp eq i32 %408, 0
  br i1 %409, label %410, label %415

410:                                              ; preds = %404, %398
  %411 = sub i64 1, %402
  %412 = call i64 @llvm.smax.i64(i64 %411, i64 -2147483648)
  %413 = call i64 @llvm.smin.i64(i64 %412, i64 2147483647)
  %414 = trunc nsw i64 %413 to i32
  br label %415

415:                                              ; preds = %410, %404
  %416 = phi i32 [ %408, %404 ], [ %414, %410 ]
  %417 = icmp slt i32 %416, 0
  %418 = select i1 %417, ptr %399, ptr %400
  %419 = select i1 %417, i64 16, i64 24
  %420 = getelementptr inbounds i8, ptr %399, i64 %419
  %421 = load ptr, ptr %420, align 8, !tbaa !32
  %422 = icmp eq ptr %421, null
  br i1 %422, label %423, label %398, !llvm.loop !41

423:                                              ; preds = %415, %390
  %424 = phi ptr [ %231, %390 ], [ %418, %415 ]
  %425 = getelementptr inbounds i8, ptr %424, i64 32
  %426 = load ptr, ptr %425, align 8, !tbaa !36
  %427 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i64 noundef %392, ptr noundef nonnull %394, ptr noundef %426)
  %428 = load ptr, ptr %10, align 8, !tbaa !36
  %429 = icmp eq ptr %428, %395
  br i1 %429, label %433, label %430

430:                                              ; preds = %423
  %431 = load i64, ptr %395, align 8, !tbaa !38
  %432 = add i64 %431, 1
  call void @_ZdlPvm(ptr noundef %428, i64 noundef %432) #21
  br label %433

433:                                              ; preds = %423, %430
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %10) #20
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %11) #20
  call void @_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_(ptr noundef nonnull align 8 dereferenceable(48) %11, ptr %284, ptr nonnull %285)
  %434 = getelementptr inbounds i8, ptr %11, i64 40
  %435 = load i64, ptr %434, align 8, !tbaa !30
  %436 = getelementptr inbounds i8, ptr %11, i64 16
  %437 = load ptr, ptr %436, align 8, !tbaa !27
  %438 = getelementptr inbounds i8, ptr %11, i64 8
  %439 = icmp eq ptr %437, null
  br i1 %439, label %459, label %440

440:                                              ; preds = %433, %440
  %441 = phi ptr [ %449, %440 ], [ %437, %433 ]
  %442 = phi ptr [ %446, %440 ], [ %438, %433 ]
  %443 = getelementptr inbounds i8, ptr %441, i64 32
  %444 = load i32, ptr %443, align 4, !tbaa !5
  %445 = icmp slt i32 %444, 42
  %446 = select i1 %445, ptr %442, ptr %441
  %447 = select i1 %445, i64 24, i64 16
  %448 = getelementptr inbounds i8, ptr %441, i64 %447
  %449 = load ptr, ptr %448, align 8, !tbaa !32
  %450 = icmp eq ptr %449, null
  br i1 %450, label %451, label %440, !llvm.loop !42

451:                                              ; preds = %440
  %452 = icmp eq ptr %446, %438
  br i1 %452, label %459, label %453

453:                                              ; preds = %451
  %454 = select i1 %445, ptr %442, ptr %441
  %455 = getelementptr inbounds i8, ptr %454, i64 32
  %456 = load i32, ptr %455, align 4, !tbaa !5
  %457 = icmp sgt i32 %456, 42
  %458 = select i1 %457, ptr %438, ptr %446
  br label %459

459:                                              ; preds = %433, %451, %453
  %460 = phi ptr [ %438, %451 ], [ %438, %433 ], [ %458, %453 ]
  %461 = icmp ne ptr %460, %438
  %462 = zext i1 %461 to i64
  %463 = getelementptr inbounds i8, ptr %11, i64 24
  %464 = load ptr, ptr %463, align 8, !tbaa !28
  %465 = getelementptr inbounds i8, ptr %464, i64 32
  %466 = load i32, ptr %465, align 4, !tbaa !5
  %467 = call noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef nonnull %438) #22
  %468 = getelementptr inbounds i8, ptr %467, i64 32
  %469 = load i32, ptr %468, align 4, !tbaa !5
  %470 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef %435, i64 noundef %462, i32 noundef %466, i32 noundef %469)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %12) #20
  %471 = getelementptr inbounds i8, ptr %12, i64 48
  store ptr %471, ptr %12, align 8, !tbaa !43
  %472 = getelementptr inbounds i8, ptr %12, i64 8
  store i64 1, ptr %472, align 8, !tbaa !48
  %473 = getelementptr inbounds i8, ptr %12, i64 16
  %474 = getelementptr inbounds i8, ptr %12, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %473, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %474, align 8, !tbaa !49
  %475 = getelementptr inbounds i8, ptr %12, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %475, i8 0, i64 16, i1 false)
  br i1 %26, label %753, label %784

476:                                              ; preds = %288, %476
  %477 = phi ptr [ %483, %476 ], [ %289, %288 ]
  %478 = getelementptr inbounds i8, ptr %477, i64 32
  %479 = getelementptr inbounds i8, ptr %477, i64 64
  %480 = load ptr, ptr %478, align 8, !tbaa !36
  %481 = load i32, ptr %479, align 4, !tbaa !5
  %482 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %480, i32 noundef %481)
  %483 = call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef %477) #22
  %484 = icmp eq ptr %483, %231
  br i1 %484, label %323, label %476

485:                                              ; preds = %784
  %486 = load ptr, ptr %473, align 8, !tbaa !50
  %487 = icmp eq ptr %486, null
  br i1 %487, label %753, label %488

488:                                              ; preds = %485, %488
  %489 = phi i64 [ %492, %488 ], [ 0, %485 ]
  %490 = phi ptr [ %491, %488 ], [ %486, %485 ]
  %491 = load ptr, ptr %490, align 8, !tbaa !51
  %492 = add nuw nsw i64 %489, 1
  %493 = icmp eq ptr %491, null
  br i1 %493, label %494, label %488, !llvm.loop !52

494:                                              ; preds = %488
  %495 = icmp ugt i64 %489, 1152921504606846974
  br i1 %495, label %496, label %497

496:                                              ; preds = %494
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.26) #18
  unreachable

497:                                              ; preds = %494
  %498 = shl nuw nsw i64 %492, 3
  %499 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %498) #19
  br label %500

500:                                              ; preds = %500, %497
  %501 = phi i64 [ %507, %500 ], [ 0, %497 ]
  %502 = phi ptr [ %506, %500 ], [ %486, %497 ]
  %503 = getelementptr inbounds i8, ptr %499, i64 %501
  %504 = getelementptr inbounds i8, ptr %502, i64 8
  %505 = load <2 x i32>, ptr %504, align 4, !tbaa !5
  store <2 x i32> %505, ptr %503, align 4, !tbaa !5
  %506 = load ptr, ptr %502, align 8, !tbaa !51
  %507 = add nuw nsw i64 %501, 8
  %508 = icmp eq ptr %506, null
  br i1 %508, label %509, label %500, !llvm.loop !53

509:                                              ; preds = %500
  %510 = getelementptr inbounds i8, ptr %499, i64 %501
  %511 = getelementptr inbounds %"struct.std::pair.27", ptr %499, i64 %492
  %512 = getelementptr inbounds i8, ptr %499, i64 %507
  %513 = ptrtoint ptr %499 to i64
  %514 = lshr exact i64 %507, 3
  %515 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %514, i1 true)
  %516 = shl nuw nsw i64 %515, 1
  %517 = xor i64 %516, 126
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(ptr nonnull %499, ptr nonnull %512, i64 noundef %517)
  %518 = icmp ugt i64 %501, 120
  br i1 %518, label %519, label %663

519:                                              ; preds = %509, %617
  %520 = phi i64 [ %622, %617 ], [ 0, %509 ]
  %521 = phi i64 [ %620, %617 ], [ 8, %509 ]
  %522 = phi ptr [ %523, %617 ], [ %499, %509 ]
  %523 = getelementptr inbounds i8, ptr %499, i64 %521
  %524 = load i64, ptr %523, align 4
  %525 = load i64, ptr %499, align 4
  %526 = lshr i64 %524, 32
  %527 = lshr i64 %525, 32
  %528 = icmp eq i64 %526, %527
  %529 = trunc nuw i64 %527 to i32
  %530 = trunc nuw i64 %526 to i32
  %531 = icmp sgt i32 %530, %529
  %532 = trunc i64 %525 to i32
  %533 = trunc i64 %524 to i32
  %534 = icmp slt i32 %533, %532
  %535 = select i1 %528, i1 %534, i1 %531
  br i1 %535, label %536, label %592

536:                                              ; preds = %519
  %537 = add i64 %520, 1
  %538 = lshr exact i64 %521, 3
  %539 = getelementptr inbounds i8, ptr %522, i64 16
  %540 = and i64 %537, 3
  %541 = icmp eq i64 %540, 0
  br i1 %541, label %556, label %542

542:                                              ; preds = %536, %542
  %543 = phi i64 [ %553, %542 ], [ %538, %536 ]
  %544 = phi ptr [ %548, %542 ], [ %539, %536 ]
  %545 = phi ptr [ %547, %542 ], [ %523, %536 ]
  %546 = phi i64 [ %554, %542 ], [ 0, %536 ]
  %547 = getelementptr inbounds i8, ptr %545, i64 -8
  %548 = getelementptr inbounds i8, ptr %544, i64 -8
  %549 = load i32, ptr %547, align 4, !tbaa !5
  store i32 %549, ptr %548, align 4, !tbaa !54
  %550 = getelementptr inbounds i8, ptr %545, i64 -4
  %551 = load i32, ptr %550, align 4, !tbaa !5
  %552 = getelementptr inbounds i8, ptr %544, i64 -4
  store i32 %551, ptr %552, align 4, !tbaa !56
  %553 = add nsw i64 %543, -1
  %554 = add i64 %546, 1
  %555 = icmp eq i64 %554, %540
  br i1 %555, label %556, label %542, !llvm.loop !57

556:                                              ; preds = %542, %536
  %557 = phi i64 [ %538, %536 ], [ %553, %542 ]
  %558 = phi ptr [ %539, %536 ], [ %548, %542 ]
  %559 = phi ptr [ %523, %536 ], [ %547, %542 ]
  %560 = icmp ult i64 %520, 3
  br i1 %560, label %617, label %561

561:                                              ; preds = %556, %561
  %562 = phi i64 [ %589, %561 ], [ %557, %556 ]
  %563 = phi ptr [ %584, %561 ], [ %558, %556 ]
  %564 = phi ptr [ %583, %561 ], [ %559, %556 ]
  %565 = getelementptr inbounds i8, ptr %564, i64 -8
  %566 = getelementptr inbounds i8, ptr %563, i64 -8
  %567 = load i32, ptr %565, align 4, !tbaa !5
  store i32 %567, ptr %566, align 4, !tbaa !54
  %568 = getelementptr inbounds i8, ptr %564, i64 -4
  %569 = load i32, ptr %568, align 4, !tbaa !5
  %570 = getelementptr inbounds i8, ptr %563, i64 -4
  store i32 %569, ptr %570, align 4, !tbaa !56
  %571 = getelementptr inbounds i8, ptr %564, i64 -16
  %572 = getelementptr inbounds i8, ptr %563, i64 -16
  %573 = load i32, ptr %571, align 4, !tbaa !5
  store i32 %573, ptr %572, align 4, !tbaa !54
  %574 = getelementptr inbounds i8, ptr %564, i64 -12
  %575 = load i32, ptr %574, align 4, !tbaa !5
  %576 = getelementptr inbounds i8, ptr %563, i64 -12
  store i32 %575, ptr %576, align 4, !tbaa !56
  %577 = getelementptr inbounds i8, ptr %564, i64 -24
  %578 = getelementptr inbounds i8, ptr %563, i64 -24
  %579 = load i32, ptr %577, align 4, !tbaa !5
  store i32 %579, ptr %578, align 4, !tbaa !54
  %580 = getelementptr inbounds i8, ptr %564, i64 -20
  %581 = load i32, ptr %580, align 4, !tbaa !5
  %582 = getelementptr inbounds i8, ptr %563, i64 -20
  store i32 %581, ptr %582, align 4, !tbaa !56
  %583 = getelementptr inbounds i8, ptr %564, i64 -32
  %584 = getelementptr inbounds i8, ptr %563, i64 -32
  %585 = load i32, ptr %583, align 4, !tbaa !5
  store i32 %585, ptr %584, align 4, !tbaa !54
  %586 = getelementptr inbounds i8, ptr %564, i64 -28
  %587 = load i32, ptr %586, align 4, !tbaa !5
  %588 = getelementptr inbounds i8, ptr %563, i64 -28
  store i32 %587, ptr %588, align 4, !tbaa !56
  %589 = add nsw i64 %562, -4
  %590 = add i64 %562, -5
  %591 = icmp ult i64 %590, -2
  br i1 %591, label %561, label %617, !llvm.loop !59

592:                                              ; preds = %519
  %593 = load i64, ptr %522, align 4
  %594 = lshr i64 %593, 32
  %595 = icmp eq i64 %526, %594
  %596 = trunc nuw i64 %594 to i32
  %597 = icmp sgt i32 %530, %596
  %598 = trunc i64 %593 to i32
  %599 = icmp slt i32 %533, %598
  %600 = select i1 %595, i1 %599, i1 %597
  br i1 %600, label %601, label %617

601:                                              ; preds = %592, %601
  %602 = phi i32 [ %614, %601 ], [ %598, %592 ]
  %603 = phi ptr [ %608, %601 ], [ %522, %592 ]
  %604 = phi ptr [ %603, %601 ], [ %523, %592 ]
  store i32 %602, ptr %604, align 4, !tbaa !54
  %605 = getelementptr inbounds i8, ptr %604, i64 -4
  %606 = load i32, ptr %605, align 4, !tbaa !5
  %607 = getelementptr inbounds i8, ptr %604, i64 4
  store i32 %606, ptr %607, align 4, !tbaa !56
  %608 = getelementptr inbounds i8, ptr %603, i64 -8
  %609 = load i64, ptr %608, align 4
  %610 = lshr i64 %609, 32
  %611 = icmp eq i64 %526, %610
  %612 = trunc nuw i64 %610 to i32
  %613 = icmp sgt i32 %530, %612
  %614 = trunc i64 %609 to i32
  %615 = icmp slt i32 %533, %614
  %616 = select i1 %611, i1 %615, i1 %613
  br i1 %616, label %601, label %617, !llvm.loop !60

617:                                              ; preds = %601, %556, %561, %592
  %618 = phi ptr [ %523, %592 ], [ %499, %561 ], [ %499, %556 ], [ %603, %601 ]
  store i32 %533, ptr %618, align 4, !tbaa !54
  %619 = getelementptr inbounds i8, ptr %618, i64 4
  store i32 %530, ptr %619, align 4, !tbaa !56
  %620 = add nuw nsw i64 %521, 8
  %621 = icmp eq i64 %620, 128
  %622 = add i64 %520, 1
  br i1 %621, label %623, label %519, !llvm.loop !61

623:                                              ; preds = %617
  %624 = icmp eq i64 %507, 128
  br i1 %624, label %753, label %625

625:                                              ; preds = %623
  %626 = getelementptr inbounds i8, ptr %499, i64 128
  br label %627

627:                                              ; preds = %625, %658
  %628 = phi ptr [ %661, %658 ], [ %626, %625 ]
  %629 = load i64, ptr %628, align 4
  %630 = lshr i64 %629, 32
  %631 = trunc nuw i64 %630 to i32
  %632 = trunc i64 %629 to i32
  %633 = getelementptr inbounds i8, ptr %628, i64 -8
  %634 = load i64, ptr %633, align 4
  %635 = lshr i64 %634, 32
  %636 = icmp eq i64 %630, %635
  %637 = trunc nuw i64 %635 to i32
  %638 = icmp sgt i32 %631, %637
  %639 = trunc i64 %634 to i32
  %640 = icmp slt i32 %632, %639
  %641 = select i1 %636, i1 %640, i1 %638
  br i1 %641, label %642, label %658

642:                                              ; preds = %627, %642
  %643 = phi i32 [ %655, %642 ], [ %639, %627 ]
  %644 = phi ptr [ %649, %642 ], [ %633, %627 ]
  %645 = phi ptr [ %644, %642 ], [ %628, %627 ]
  store i32 %643, ptr %645, align 4, !tbaa !54
  %646 = getelementptr inbounds i8, ptr %645, i64 -4
  %647 = load i32, ptr %646, align 4, !tbaa !5
  %648 = getelementptr inbounds i8, ptr %645, i64 4
  store i32 %647, ptr %648, align 4, !tbaa !56
  %649 = getelementptr inbounds i8, ptr %644, i64 -8
  %650 = load i64, ptr %649, align 4
  %651 = lshr i64 %650, 32
  %652 = icmp eq i64 %630, %651
  %653 = trunc nuw i64 %651 to i32
  %654 = icmp sgt i32 %631, %653
  %655 = trunc i64 %650 to i32
  %656 = icmp slt i32 %632, %655
  %657 = select i1 %652, i1 %656, i1 %654
  br i1 %657, label %642, label %658, !llvm.loop !60

658:                                              ; preds = %642, %627
  %659 = phi ptr [ %628, %627 ], [ %644, %642 ]
  store i32 %632, ptr %659, align 4, !tbaa !54
  %660 = getelementptr inbounds i8, ptr %659, i64 4
  store i32 %631, ptr %660, align 4, !tbaa !56
  %661 = getelementptr inbounds i8, ptr %628, i64 8
  %662 = icmp eq ptr %661, %512
  br i1 %662, label %753, label %627, !llvm.loop !62

663:                                              ; preds = %509
  %664 = icmp eq i64 %501, 0
  br i1 %664, label %753, label %665

665:                                              ; preds = %663, %749
  %666 = phi ptr [ %667, %749 ], [ %499, %663 ]
  %667 = getelementptr inbounds i8, ptr %666, i64 8
  %668 = load i64, ptr %667, align 4
  %669 = load i64, ptr %499, align 4
  %670 = lshr i64 %668, 32
  %671 = lshr i64 %669, 32
  %672 = icmp eq i64 %670, %671
  %673 = trunc nuw i64 %671 to i32
  %674 = trunc nuw i64 %670 to i32
  %675 = icmp sgt i32 %674, %673
  %676 = trunc i64 %669 to i32
  %677 = trunc i64 %668 to i32
  %678 = icmp slt i32 %677, %676
  %679 = select i1 %672, i1 %678, i1 %675
  br i1 %679, label %680, label %724

680:                                              ; preds = %665
  %681 = ptrtoint ptr %667 to i64
  %682 = sub i64 %681, %513
  %683 = ashr exact i64 %682, 3
  %684 = icmp sgt i64 %683, 0
  br i1 %684, label %685, label %749

685:                                              ; preds = %680
  %686 = getelementptr inbounds i8, ptr %666, i64 16
  %687 = icmp eq i64 %682, 8
  br i1 %687, label %708, label %688

688:                                              ; preds = %685
  %689 = and i64 %683, 9223372036854775806
  %690 = and i64 %683, 1
  %691 = mul i64 %689, -8
  %692 = getelementptr i8, ptr %686, i64 %691
  %693 = mul i64 %689, -8
  %694 = getelementptr i8, ptr %667, i64 %693
  %695 = getelementptr i8, ptr %667, i64 -16
  %696 = getelementptr i8, ptr %686, i64 -16
  br label %697

697:                                              ; preds = %697, %688
  %698 = phi i64 [ 0, %688 ], [ %704, %697 ]
  %699 = mul i64 %698, -8
  %700 = mul i64 %698, -8
  %701 = getelementptr i8, ptr %695, i64 %700
  %702 = load <4 x i32>, ptr %701, align 4, !tbaa !5
  %703 = getelementptr i8, ptr %696, i64 %699
  store <4 x i32> %702, ptr %703, align 4, !tbaa !5
  %704 = add nuw i64 %698, 2
  %705 = icmp eq i64 %704, %689
  br i1 %705, label %706, label %697, !llvm.loop !63

706:                                              ; preds = %697
  %707 = icmp eq i64 %683, %689
  br i1 %707, label %749, label %708

708:                                              ; preds = %706, %685
  %709 = phi i64 [ %683, %685 ], [ %690, %706 ]
  %710 = phi ptr [ %686, %685 ], [ %692, %706 ]
  %711 = phi ptr [ %667, %685 ], [ %694, %706 ]
  br label %712

712:                                              ; preds = %708, %712
  %713 = phi i64 [ %722, %712 ], [ %709, %708 ]
  %714 = phi ptr [ %717, %712 ], [ %710, %708 ]
  %715 = phi ptr [ %716, %712 ], [ %711, %708 ]
  %716 = getelementptr inbounds i8, ptr %715, i64 -8
  %717 = getelementptr inbounds i8, ptr %714, i64 -8
  %718 = load i32, ptr %716, align 4, !tbaa !5
  store i32 %718, ptr %717, align 4, !tbaa !54
  %719 = getelementptr inbounds i8, ptr %715, i64 -4
  %720 = load i32, ptr %719, align 4, !tbaa !5
  %721 = getelementptr inbounds i8, ptr %714, i64 -4
  store i32 %720, ptr %721, align 4, !tbaa !56
  %722 = add nsw i64 %713, -1
  %723 = icmp ugt i64 %713, 1
  br i1 %723, label %712, label %749, !llvm.loop !64

724:                                              ; preds = %665
  %725 = load i64, ptr %666, align 4
  %726 = lshr i64 %725, 32
  %727 = icmp eq i64 %670, %726
  %728 = trunc nuw i64 %726 to i32
  %729 = icmp sgt i32 %674, %728
  %730 = trunc i64 %725 to i32
  %731 = icmp slt i32 %677, %730
  %732 = select i1 %727, i1 %731, i1 %729
  br i1 %732, label %733, label %749

733:                                              ; preds = %724, %733
  %734 = phi i32 [ %746, %733 ], [ %730, %724 ]
  %735 = phi ptr [ %740, %733 ], [ %666, %724 ]
  %736 = phi ptr [ %735, %733 ], [ %667, %724 ]
  store i32 %734, ptr %736, align 4, !tbaa !54
  %737 = getelementptr inbounds i8, ptr %736, i64 -4
  %738 = load i32, ptr %737, align 4, !tbaa !5
  %739 = getelementptr inbounds i8, ptr %736, i64 4
  store i32 %738, ptr %739, align 4, !tbaa !56
  %740 = getelementptr inbounds i8, ptr %735, i64 -8
  %741 = load i64, ptr %740, align 4
  %742 = lshr i64 %741, 32
  %743 = icmp eq i64 %670, %742
  %744 = trunc nuw i64 %742 to i32
  %745 = icmp sgt i32 %674, %744
  %746 = trunc i64 %741 to i32
  %747 = icmp slt i32 %677, %746
  %748 = select i1 %743, i1 %747, i1 %745
  br i1 %748, label %733, label %749, !llvm.loop !60

749:                                              ; preds = %733, %712, %706, %724, %680
  %750 = phi ptr [ %499, %680 ], [ %667, %724 ], [ %499, %706 ], [ %499, %712 ], [ %735, %733 ]
  store i32 %677, ptr %750, align 4, !tbaa !54
  %751 = getelementptr inbounds i8, ptr %750, i64 4
  store i32 %674, ptr %751, align 4, !tbaa !56
  %752 = icmp eq ptr %667, %510
  br i1 %752, label %753, label %665, !llvm.loop !61

753:                                              ; preds = %749, %658, %459, %485, %623, %663
  %754 = phi ptr [ %511, %623 ], [ %511, %663 ], [ null, %485 ], [ null, %459 ], [ %511, %658 ], [ %511, %749 ]
  %755 = phi ptr [ %499, %623 ], [ %499, %663 ], [ null, %485 ], [ null, %459 ], [ %499, %658 ], [ %499, %749 ]
  %756 = load i64, ptr %472, align 8, !tbaa !48
  %757 = icmp ne i64 %756, 0
  %758 = zext i1 %757 to i64
  %759 = getelementptr inbounds i8, ptr %12, i64 24
  %760 = load i64, ptr %759, align 8, !tbaa !65
  %761 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i64 noundef %758, i64 noundef %760)
  %762 = load i32, ptr %755, align 4, !tbaa !54
  %763 = getelementptr inbounds i8, ptr %755, i64 4
  %764 = load i32, ptr %763, align 4, !tbaa !56
  %765 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %762, i32 noundef %764)
  %766 = getelementptr inbounds i8, ptr %755, i64 8
  %767 = load i32, ptr %766, align 4, !tbaa !54
  %768 = getelementptr inbounds i8, ptr %755, i64 12
  %769 = load i32, ptr %768, align 4, !tbaa !56
  %770 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %767, i32 noundef %769)
  %771 = getelementptr inbounds i8, ptr %755, i64 16
  %772 = load i32, ptr %771, align 4, !tbaa !54
  %773 = getelementptr inbounds i8, ptr %755, i64 20
  %774 = load i32, ptr %773, align 4, !tbaa !56
  %775 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %772, i32 noundef %774)
  %776 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %14) #20
  %777 = getelementptr inbounds i8, ptr %14, i64 48
  store ptr %777, ptr %14, align 8, !tbaa !66
  %778 = getelementptr inbounds i8, ptr %14, i64 8
  store i64 1, ptr %778, align 8, !tbaa !68
  %779 = getelementptr inbounds i8, ptr %14, i64 16
  %780 = getelementptr inbounds i8, ptr %14, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %779, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %780, align 8, !tbaa !49
  %781 = getelementptr inbounds i8, ptr %14, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %781, i8 0, i64 16, i1 false)
  %782 = getelementptr inbounds i8, ptr %15, i64 16
  %783 = getelementptr inbounds i8, ptr %15, i64 8
  br label %810

784:                                              ; preds = %459, %784
  %785 = phi ptr [ %791, %784 ], [ %284, %459 ]
  %786 = load i32, ptr %785, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %13) #20
  %787 = srem i32 %786, 37
  store i32 %787, ptr %13, align 4, !tbaa !5
  %788 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt8__detail9_Map_baseIiSt4pairIKiiESaIS3_ENS_10_Select1stESt8equal_toIiESt4hashIiENS_18_Mod_range_hashingENS_20_Default_ranged_hashENS_20_Prime_rehash_policyENS_17_Hashtable_traitsILb0ELb0ELb1EEELb1EEixEOi(ptr noundef nonnull align 1 dereferenceable(1) %12, ptr noundef nonnull align 4 dereferenceable(4) %13)
  %789 = load i32, ptr %788, align 4, !tbaa !5
  %790 = add nsw i32 %789, 1
  store i32 %790, ptr %788, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %13) #20
  %791 = getelementptr inbounds i8, ptr %785, i64 4
  %792 = icmp eq ptr %785, %283
  br i1 %792, label %485, label %784

793:                                              ; preds = %843
  %794 = getelementptr inbounds i8, ptr %14, i64 24
  %795 = load i64, ptr %794, align 8, !tbaa !69
  %796 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i64 noundef %795, i32 noundef %837)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %16) #20
  %797 = getelementptr inbounds i8, ptr %16, i64 8
  store i64 8, ptr %797, align 8, !tbaa !70
  %798 = call noalias noundef nonnull dereferenceable(64) ptr @_Znwm(i64 noundef 64) #19
  store ptr %798, ptr %16, align 8, !tbaa !73
  %799 = getelementptr inbounds i8, ptr %798, i64 24
  %800 = call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #19
  store ptr %800, ptr %799, align 8, !tbaa !32
  %801 = getelementptr inbounds i8, ptr %16, i64 16
  %802 = getelementptr inbounds i8, ptr %16, i64 40
  store ptr %799, ptr %802, align 8, !tbaa !74
  %803 = getelementptr inbounds i8, ptr %16, i64 24
  store ptr %800, ptr %803, align 8, !tbaa !75
  %804 = getelementptr inbounds i8, ptr %800, i64 512
  %805 = getelementptr inbounds i8, ptr %16, i64 32
  store ptr %804, ptr %805, align 8, !tbaa !76
  %806 = getelementptr inbounds i8, ptr %16, i64 48
  %807 = getelementptr inbounds i8, ptr %16, i64 72
  store ptr %799, ptr %807, align 8, !tbaa !74
  %808 = getelementptr inbounds i8, ptr %16, i64 56
  store ptr %800, ptr %808, align 8, !tbaa !75
  %809 = getelementptr inbounds i8, ptr %16, i64 64
  store ptr %804, ptr %809, align 8, !tbaa !76
  store ptr %800, ptr %801, align 8, !tbaa !77
  store ptr %800, ptr %806, align 8, !tbaa !78
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %17) #20
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %853

810:                                              ; preds = %753, %843
  %811 = phi i32 [ 0, %753 ], [ %837, %843 ]
  %812 = phi i64 [ 0, %753 ], [ %844, %843 ]
  %813 = getelementptr inbounds i8, ptr @__const.main.text, i64 %812
  %814 = load ptr, ptr %813, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #20
  store ptr %782, ptr %15, align 8, !tbaa !33
  %815 = icmp eq ptr %814, null
  br i1 %815, label %816, label %817

816:                                              ; preds = %810
  call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #18
  unreachable

817:                                              ; preds = %810
  %818 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %814) #20
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #20
  store i64 %818, ptr %4, align 8, !tbaa !35
  %819 = icmp ugt i64 %818, 15
  br i1 %819, label %820, label %823

820:                                              ; preds = %817
  %821 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0) #20
  store ptr %821, ptr %15, align 8, !tbaa !36
  %822 = load i64, ptr %4, align 8, !tbaa !35
  store i64 %822, ptr %782, align 8, !tbaa !38
  br label %823

823:                                              ; preds = %820, %817
  %824 = phi ptr [ %821, %820 ], [ %782, %817 ]
  switch i64 %818, label %827 [
    i64 1, label %825
    i64 0, label %828
  ]

825:                                              ; preds = %823
  %826 = load i8, ptr %814, align 1, !tbaa !38
  store i8 %826, ptr %824, align 1, !tbaa !38
  br label %828

827:                                              ; preds = %823
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %824, ptr nonnull align 1 %814, i64 %818, i1 false)
  br label %828

828:                                              ; preds = %823, %825, %827
  %829 = load i64, ptr %4, align 8, !tbaa !35
  store i64 %829, ptr %783, align 8, !tbaa !39
  %830 = load ptr, ptr %15, align 8, !tbaa !36
  %831 = getelementptr inbounds i8, ptr %830, i64 %829
  store i8 0, ptr %831, align 1, !tbaa !38
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #20
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  store ptr %14, ptr %3, align 8, !tbaa !32
  %832 = call { ptr, i8 } @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %14, ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(8) %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
  %833 = extractvalue { ptr, i8 } %832, 1
  %834 = and i8 %833, 1
  %835 = xor i8 %834, 1
  %836 = zext nneg i8 %835 to i32
  %837 = add nuw nsw i32 %811, %836
  %838 = load ptr, ptr %15, align 8, !tbaa !36
  %839 = icmp eq ptr %838, %782
  br i1 %839, label %843, label %840

840:                                              ; preds = %828
  %841 = load i64, ptr %782, align 8, !tbaa !38
  %842 = add i64 %841, 1
  call void @_ZdlPvm(ptr noundef %838, i64 noundef %842) #21
  br label %843

843:                                              ; preds = %828, %840
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #20
  %844 = add nuw nsw i64 %812, 8
  %845 = icmp eq i64 %844, 88
  br i1 %845, label %793, label %810

846:                                              ; preds = %872
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %17) #20
  %847 = load ptr, ptr %801, align 8, !tbaa !79, !noalias !80
  %848 = load ptr, ptr %806, align 8, !tbaa !79, !noalias !80
  %849 = icmp eq ptr %847, %848
  br i1 %849, label %879, label %850

850:                                              ; preds = %846
  %851 = load ptr, ptr %802, align 8, !tbaa !74, !noalias !81
  %852 = load ptr, ptr %805, align 8, !tbaa !76, !noalias !81
  br label %982

853:                                              ; preds = %793, %872
  %854 = phi i32 [ 0, %793 ], [ %874, %872 ]
  %855 = and i32 %854, 1
  %856 = icmp eq i32 %855, 0
  br i1 %856, label %864, label %857

857:                                              ; preds = %853
  %858 = load ptr, ptr %801, align 8, !tbaa !77
  %859 = load ptr, ptr %803, align 8, !tbaa !84
  %860 = icmp eq ptr %858, %859
  br i1 %860, label %863, label %861

861:                                              ; preds = %857
  %862 = getelementptr inbounds i8, ptr %858, i64 -4
  store i32 %854, ptr %862, align 4, !tbaa !5
  store ptr %862, ptr %801, align 8, !tbaa !77
  br label %872

863:                                              ; preds = %857
  call void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %16, ptr noundef nonnull align 4 dereferenceable(4) %17)
  br label %872

864:                                              ; preds = %853
  %865 = load ptr, ptr %806, align 8, !tbaa !78
  %866 = load ptr, ptr %809, align 8, !tbaa !85
  %867 = getelementptr inbounds i8, ptr %866, i64 -4
  %868 = icmp eq ptr %865, %867
  br i1 %868, label %871, label %869

869:                                              ; preds = %864
  store i32 %854, ptr %865, align 4, !tbaa !5
  %870 = getelementptr inbounds i8, ptr %865, i64 4
  store ptr %870, ptr %806, align 8, !tbaa !78
  br label %872

871:                                              ; preds = %864
  call void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %16, ptr noundef nonnull align 4 dereferenceable(4) %17)
  br label %872

872:                                              ; preds = %871, %869, %863, %861
  %873 = load i32, ptr %17, align 4, !tbaa !5
  %874 = add nsw i32 %873, 1
  store i32 %874, ptr %17, align 4, !tbaa !5
  %875 = icmp slt i32 %873, 9
  br i1 %875, label %853, label %846, !llvm.loop !86

876:                                              ; preds = %994
  %877 = load ptr, ptr %801, align 8, !tbaa !79, !noalias !87
  %878 = load ptr, ptr %806, align 8, !tbaa !79, !noalias !90
  br label %879

879:                                              ; preds = %876, %846
  %880 = phi ptr [ %878, %876 ], [ %848, %846 ]
  %881 = phi ptr [ %877, %876 ], [ %847, %846 ]
  %882 = load i32, ptr %881, align 4, !tbaa !5
  %883 = load ptr, ptr %808, align 8, !tbaa !75, !noalias !90
  %884 = icmp eq ptr %880, %883
  br i1 %884, label %885, label %890

885:                                              ; preds = %879
  %886 = load ptr, ptr %807, align 8, !tbaa !74, !noalias !90
  %887 = getelementptr inbounds i8, ptr %886, i64 -8
  %888 = load ptr, ptr %887, align 8, !tbaa !32
  %889 = getelementptr inbounds i8, ptr %888, i64 512
  br label %890

890:                                              ; preds = %879, %885
  %891 = phi ptr [ %889, %885 ], [ %880, %879 ]
  %892 = getelementptr inbounds i8, ptr %891, i64 -4
  %893 = load i32, ptr %892, align 4, !tbaa !5
  %894 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef %882, i32 noundef %893)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %18) #20
  %895 = getelementptr inbounds i8, ptr %18, i64 8
  store ptr %18, ptr %895, align 8, !tbaa !93
  store ptr %18, ptr %18, align 8, !tbaa !95
  %896 = getelementptr inbounds i8, ptr %18, i64 16
  store i64 0, ptr %896, align 8, !tbaa !96
  br label %897

897:                                              ; preds = %890, %897
  %898 = phi i64 [ %905, %897 ], [ 0, %890 ]
  %899 = getelementptr inbounds i8, ptr %284, i64 %898
  %900 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #19
  %901 = getelementptr inbounds i8, ptr %900, i64 16
  %902 = load i32, ptr %899, align 4, !tbaa !5
  store i32 %902, ptr %901, align 4, !tbaa !5
  call void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16) %900, ptr noundef nonnull %18) #20
  %903 = load i64, ptr %896, align 8, !tbaa !98
  %904 = add i64 %903, 1
  store i64 %904, ptr %896, align 8, !tbaa !98
  %905 = add nuw nsw i64 %898, 4
  %906 = icmp eq i64 %905, 80
  br i1 %906, label %907, label %897, !llvm.loop !101

907:                                              ; preds = %897
  call void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %18)
  %908 = load ptr, ptr %18, align 8, !tbaa !95
  %909 = icmp eq ptr %908, %18
  br i1 %909, label %947, label %910

910:                                              ; preds = %907
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #20
  %911 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %911, align 8, !tbaa !93
  store ptr %2, ptr %2, align 8, !tbaa !95
  %912 = getelementptr inbounds i8, ptr %2, i64 16
  store i64 0, ptr %912, align 8, !tbaa !96
  %913 = load ptr, ptr %908, align 8, !tbaa !95
  %914 = icmp eq ptr %913, %18
  br i1 %914, label %945, label %915

915:                                              ; preds = %910, %934
  %916 = phi ptr [ %936, %934 ], [ %913, %910 ]
  %917 = phi ptr [ %935, %934 ], [ %908, %910 ]
  %918 = getelementptr inbounds i8, ptr %917, i64 16
  %919 = load i32, ptr %918, align 4, !tbaa !5
  %920 = getelementptr inbounds i8, ptr %916, i64 16
  %921 = load i32, ptr %920, align 4, !tbaa !5
  %922 = icmp eq i32 %919, %921
  br i1 %922, label %923, label %934

923:                                              ; preds = %915
  %924 = load ptr, ptr %2, align 8, !tbaa !95
  %925 = load ptr, ptr %916, align 8, !tbaa !95
  %926 = icmp eq ptr %924, %916
  %927 = icmp eq ptr %925, %924
  %928 = select i1 %926, i1 true, i1 %927
  br i1 %928, label %934, label %929

929:                                              ; preds = %923
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %924, ptr noundef nonnull %916, ptr noundef %925) #20
  %930 = load i64, ptr %912, align 8, !tbaa !98
  %931 = add i64 %930, 1
  store i64 %931, ptr %912, align 8, !tbaa !98
  %932 = load i64, ptr %896, align 8, !tbaa !98
  %933 = add i64 %932, -1
  store i64 %933, ptr %896, align 8, !tbaa !98
  br label %934

934:                                              ; preds = %929, %923, %915
  %935 = phi ptr [ %917, %923 ], [ %917, %929 ], [ %916, %915 ]
  %936 = load ptr, ptr %935, align 8, !tbaa !95
  %937 = icmp eq ptr %936, %18
  br i1 %937, label %938, label %915, !llvm.loop !102

938:                                              ; preds = %934
  %939 = load ptr, ptr %2, align 8, !tbaa !95
  %940 = icmp eq ptr %939, %2
  br i1 %940, label %945, label %941

941:                                              ; preds = %938, %941
  %942 = phi ptr [ %943, %941 ], [ %939, %938 ]
  %943 = load ptr, ptr %942, align 8, !tbaa !95
  call void @_ZdlPvm(ptr noundef %942, i64 noundef 24) #21
  %944 = icmp eq ptr %943, %2
  br i1 %944, label %945, label %941, !llvm.loop !103

945:                                              ; preds = %941, %938, %910
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #20
  %946 = load ptr, ptr %18, align 8, !tbaa !95
  br label %947

947:                                              ; preds = %907, %945
  %948 = phi ptr [ %908, %907 ], [ %946, %945 ]
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #20
  %949 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr %1, ptr %949, align 8, !tbaa !93
  store ptr %1, ptr %1, align 8, !tbaa !95
  %950 = getelementptr inbounds i8, ptr %1, i64 16
  store i64 0, ptr %950, align 8, !tbaa !96
  %951 = icmp eq ptr %948, %18
  br i1 %951, label %977, label %952

952:                                              ; preds = %947, %968
  %953 = phi ptr [ %954, %968 ], [ %948, %947 ]
  %954 = load ptr, ptr %953, align 8, !tbaa !95
  %955 = getelementptr inbounds i8, ptr %953, i64 16
  %956 = load i32, ptr %955, align 4, !tbaa !5
  %957 = icmp sgt i32 %956, 400
  br i1 %957, label %958, label %968

958:                                              ; preds = %952
  %959 = load ptr, ptr %1, align 8, !tbaa !95
  %960 = icmp eq ptr %959, %953
  %961 = icmp eq ptr %954, %959
  %962 = select i1 %960, i1 true, i1 %961
  br i1 %962, label %968, label %963

963:                                              ; preds = %958
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %959, ptr noundef nonnull %953, ptr noundef %954) #20
  %964 = load i64, ptr %950, align 8, !tbaa !98
  %965 = add i64 %964, 1
  store i64 %965, ptr %950, align 8, !tbaa !98
  %966 = load i64, ptr %896, align 8, !tbaa !98
  %967 = add i64 %966, -1
  store i64 %967, ptr %896, align 8, !tbaa !98
  br label %968

968:                                              ; preds = %963, %958, %952
  %969 = icmp eq ptr %954, %18
  br i1 %969, label %970, label %952, !llvm.loop !104

970:                                              ; preds = %968
  %971 = load ptr, ptr %1, align 8, !tbaa !95
  %972 = icmp eq ptr %971, %1
  br i1 %972, label %977, label %973

973:                                              ; preds = %970, %973
  %974 = phi ptr [ %975, %973 ], [ %971, %970 ]
  %975 = load ptr, ptr %974, align 8, !tbaa !95
  call void @_ZdlPvm(ptr noundef %974, i64 noundef 24) #21
  %976 = icmp eq ptr %975, %1
  br i1 %976, label %977, label %973, !llvm.loop !103

977:                                              ; preds = %973, %947, %970
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #20
  call void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16) %18) #20
  %978 = load i64, ptr %896, align 8, !tbaa !98
  %979 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %978)
  %980 = load ptr, ptr %18, align 8, !tbaa !95
  %981 = icmp eq ptr %980, %18
  br i1 %981, label %999, label %1077

982:                                              ; preds = %850, %994
  %983 = phi ptr [ %997, %994 ], [ %847, %850 ]
  %984 = phi ptr [ %996, %994 ], [ %852, %850 ]
  %985 = phi ptr [ %995, %994 ], [ %851, %850 ]
  %986 = load i32, ptr %983, align 4, !tbaa !5
  %987 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %986)
  %988 = getelementptr inbounds i8, ptr %983, i64 4
  %989 = icmp eq ptr %988, %984
  br i1 %989, label %990, label %994

990:                                              ; preds = %982
  %991 = getelementptr inbounds i8, ptr %985, i64 8
  %992 = load ptr, ptr %991, align 8, !tbaa !32
  %993 = getelementptr inbounds i8, ptr %992, i64 512
  br label %994

994:                                              ; preds = %982, %990
  %995 = phi ptr [ %991, %990 ], [ %985, %982 ]
  %996 = phi ptr [ %993, %990 ], [ %984, %982 ]
  %997 = phi ptr [ %992, %990 ], [ %988, %982 ]
  %998 = icmp eq ptr %997, %848
  br i1 %998, label %876, label %982

999:                                              ; preds = %1077, %977
  %1000 = call i32 @putchar(i32 10)
  %1001 = load ptr, ptr %18, align 8, !tbaa !95
  %1002 = icmp eq ptr %1001, %18
  br i1 %1002, label %1007, label %1003

1003:                                             ; preds = %999, %1003
  %1004 = phi ptr [ %1005, %1003 ], [ %1001, %999 ]
  %1005 = load ptr, ptr %1004, align 8, !tbaa !95
  call void @_ZdlPvm(ptr noundef %1004, i64 noundef 24) #21
  %1006 = icmp eq ptr %1005, %18
  br i1 %1006, label %1007, label %1003, !llvm.loop !103

1007:                                             ; preds = %1003, %999
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %18) #20
  %1008 = load ptr, ptr %16, align 8, !tbaa !73
  %1009 = icmp eq ptr %1008, null
  br i1 %1009, label %1026, label %1010

1010:                                             ; preds = %1007
  %1011 = load ptr, ptr %802, align 8, !tbaa !105
  %1012 = load ptr, ptr %807, align 8, !tbaa !106
  %1013 = getelementptr inbounds i8, ptr %1012, i64 8
  %1014 = icmp ult ptr %1011, %1013
  br i1 %1014, label %1015, label %1022

1015:                                             ; preds = %1010, %1015
  %1016 = phi ptr [ %1018, %1015 ], [ %1011, %1010 ]
  %1017 = load ptr, ptr %1016, align 8, !tbaa !32
  call void @_ZdlPvm(ptr noundef %1017, i64 noundef 512) #21
  %1018 = getelementptr inbounds i8, ptr %1016, i64 8
  %1019 = icmp ult ptr %1016, %1012
  br i1 %1019, label %1015, label %1020, !llvm.loop !107

1020:                                             ; preds = %1015
  %1021 = load ptr, ptr %16, align 8, !tbaa !73
  br label %1022

1022:                                             ; preds = %1020, %1010
  %1023 = phi ptr [ %1021, %1020 ], [ %1008, %1010 ]
  %1024 = load i64, ptr %797, align 8, !tbaa !70
  %1025 = shl i64 %1024, 3
  call void @_ZdlPvm(ptr noundef %1023, i64 noundef %1025) #21
  br label %1026

1026:                                             ; preds = %1007, %1022
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %16) #20
  %1027 = load ptr, ptr %779, align 8, !tbaa !108
  %1028 = icmp eq ptr %1027, null
  br i1 %1028, label %1041, label %1029

1029:                                             ; preds = %1026, %1039
  %1030 = phi ptr [ %1031, %1039 ], [ %1027, %1026 ]
  %1031 = load ptr, ptr %1030, align 8, !tbaa !51
  %1032 = getelementptr inbounds i8, ptr %1030, i64 8
  %1033 = load ptr, ptr %1032, align 8, !tbaa !36
  %1034 = getelementptr inbounds i8, ptr %1030, i64 24
  %1035 = icmp eq ptr %1033, %1034
  br i1 %1035, label %1039, label %1036

1036:                                             ; preds = %1029
  %1037 = load i64, ptr %1034, align 8, !tbaa !38
  %1038 = add i64 %1037, 1
  call void @_ZdlPvm(ptr noundef %1033, i64 noundef %1038) #21
  br label %1039

1039:                                             ; preds = %1036, %1029
  call void @_ZdlPvm(ptr noundef nonnull %1030, i64 noundef 48) #21
  %1040 = icmp eq ptr %1031, null
  br i1 %1040, label %1041, label %1029, !llvm.loop !109

1041:                                             ; preds = %1039, %1026
  %1042 = load ptr, ptr %14, align 8, !tbaa !66
  %1043 = load i64, ptr %778, align 8, !tbaa !68
  %1044 = shl i64 %1043, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1042, i8 0, i64 %1044, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %779, i8 0, i64 16, i1 false)
  %1045 = load ptr, ptr %14, align 8, !tbaa !66
  %1046 = icmp eq ptr %777, %1045
  br i1 %1046, label %1050, label %1047

1047:                                             ; preds = %1041
  %1048 = load i64, ptr %778, align 8, !tbaa !68
  %1049 = shl i64 %1048, 3
  call void @_ZdlPvm(ptr noundef %1045, i64 noundef %1049) #21
  br label %1050

1050:                                             ; preds = %1041, %1047
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %14) #20
  %1051 = ptrtoint ptr %754 to i64
  %1052 = ptrtoint ptr %755 to i64
  %1053 = sub i64 %1051, %1052
  call void @_ZdlPvm(ptr noundef nonnull %755, i64 noundef %1053) #21
  %1054 = load ptr, ptr %473, align 8, !tbaa !50
  %1055 = icmp eq ptr %1054, null
  br i1 %1055, label %1060, label %1056

1056:                                             ; preds = %1050, %1056
  %1057 = phi ptr [ %1058, %1056 ], [ %1054, %1050 ]
  %1058 = load ptr, ptr %1057, align 8, !tbaa !51
  call void @_ZdlPvm(ptr noundef nonnull %1057, i64 noundef 16) #21
  %1059 = icmp eq ptr %1058, null
  br i1 %1059, label %1060, label %1056, !llvm.loop !110

1060:                                             ; preds = %1056, %1050
  %1061 = load ptr, ptr %12, align 8, !tbaa !43
  %1062 = load i64, ptr %472, align 8, !tbaa !48
  %1063 = shl i64 %1062, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1061, i8 0, i64 %1063, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %473, i8 0, i64 16, i1 false)
  %1064 = load ptr, ptr %12, align 8, !tbaa !43
  %1065 = icmp eq ptr %471, %1064
  br i1 %1065, label %1069, label %1066

1066:                                             ; preds = %1060
  %1067 = load i64, ptr %472, align 8, !tbaa !48
  %1068 = shl i64 %1067, 3
  call void @_ZdlPvm(ptr noundef %1064, i64 noundef %1068) #21
  br label %1069

1069:                                             ; preds = %1060, %1066
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %12) #20
  %1070 = load ptr, ptr %436, align 8, !tbaa !27
  call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %11, ptr noundef %1070)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #20
  %1071 = load ptr, ptr %232, align 8, !tbaa !27
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef %1071)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %6) #20
  call void @_ZdlPvm(ptr noundef nonnull %147, i64 noundef 40) #21
  call void @_ZdlPvm(ptr noundef nonnull %40, i64 noundef %24) #21
  %1072 = icmp eq ptr %284, null
  br i1 %1072, label %1076, label %1073

1073:                                             ; preds = %1069
  %1074 = ptrtoint ptr %282 to i64
  %1075 = sub i64 %1074, %23
  call void @_ZdlPvm(ptr noundef nonnull %284, i64 noundef %1075) #21
  br label %1076

1076:                                             ; preds = %1069, %1073
  ret i32 0

1077:                                             ; preds = %977, %1077
  %1078 = phi ptr [ %1082, %1077 ], [ %980, %977 ]
  %1079 = getelementptr inbounds i8, ptr %1078, i64 16
  %1080 = load i32, ptr %1079, align 4, !tbaa !5
  %1081 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef %1080)
  %1082 = load ptr, ptr %1078, align 8, !tbaa !95
  %1083 = icmp eq ptr %1082, %18
  br i1 %1083, label %999, label %1077
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = alloca %"class.std::tuple", align 8
  %4 = alloca %"class.std::tuple.76", align 1
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !27
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = icmp eq ptr %6, null
  br i1 %8, label %58, label %9

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  %11 = load i64, ptr %10, align 8, !tbaa !39
  %12 = load ptr, ptr %1, align 8
  br label %13

13:                                               ; preds = %30, %9
  %14 = phi ptr [ %6, %9 ], [ %36, %30 ]
  %15 = phi ptr [ %7, %9 ], [ %33, %30 ]
  %16 = getelementptr inbounds i8, ptr %14, i64 40
  %17 = load i64, ptr %16, align 8, !tbaa !39
  %18 = tail call i64 @llvm.umin.i64(i64 %11, i64 %17)
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %13
  %21 = getelementptr inbounds i8, ptr %14, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !36
  %23 = tail call i32 @memcmp(ptr noundef %22, ptr noundef %12, i64 noundef %18) #20
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %20, %13
  %26 = sub i64 %17, %11
  %27 = tail call i64 @llvm.smax.i64(i64 %26, i64 -2147483648)
  %28 = tail call i64 @llvm.smin.i64(i64 %27, i64 2147483647)
  %29 = trunc nsw i64 %28 to i32
  br label %30

30:                                               ; preds = %25, %20
  %31 = phi i32 [ %23, %20 ], [ %29, %25 ]
  %32 = icmp slt i32 %31, 0
  %33 = select i1 %32, ptr %15, ptr %14
  %34 = select i1 %32, i64 24, i64 16
  %35 = getelementptr inbounds i8, ptr %14, i64 %34
  %36 = load ptr, ptr %35, align 8, !tbaa !32
  %37 = icmp eq ptr %36, null
  br i1 %37, label %38, label %13, !llvm.loop !40

38:                                               ; preds = %30
  %39 = icmp eq ptr %33, %7
  br i1 %39, label %58, label %40

40:                                               ; preds = %38
  %41 = getelementptr inbounds i8, ptr %33, i64 40
  %42 = load i64, ptr %41, align 8, !tbaa !39
  %43 = tail call i64 @llvm.umin.i64(i64 %42, i64 %11)
  %44 = icmp eq i64 %43, 0
  br i1 %44, label %50, label %45

45:                                               ; preds = %40
  %46 = getelementptr inbounds i8, ptr %33, i64 32
  %47 = load ptr, ptr %46, align 8, !tbaa !36
  %48 = tail call i32 @memcmp(ptr noundef %12, ptr noundef %47, i64 noundef %43) #20
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %45, %40
  %51 = sub i64 %11, %42
  %52 = tail call i64 @llvm.smax.i64(i64 %51, i64 -2147483648)
  %53 = tail call i64 @llvm.smin.i64(i64 %52, i64 2147483647)
  %54 = trunc nsw i64 %53 to i32
  br label %55

55:                                               ; preds = %45, %50
  %56 = phi i32 [ %48, %45 ], [ %54, %50 ]
  %57 = icmp slt i32 %56, 0
  br i1 %57, label %58, label %61

58:                                               ; preds = %2, %38, %55
  %59 = phi ptr [ %33, %55 ], [ %33, %38 ], [ %7, %2 ]
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  store ptr %1, ptr %3, align 8, !tbaa !32, !alias.scope !111
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #20
  %60 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %59, ptr noundef nonnull align 1 dereferenceable(1) @_ZSt19piecewise_construct, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4)
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #20
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
  br label %61

61:                                               ; preds = %58, %55
  %62 = phi ptr [ %60, %58 ], [ %33, %55 ]
  %63 = getelementptr inbounds i8, ptr %62, i64 64
  ret ptr %63
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr %2) unnamed_addr #4 comdat align 2 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, i8 0, i64 24, i1 false)
  store ptr %4, ptr %6, align 8, !tbaa !28
  %7 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %4, ptr %7, align 8, !tbaa !29
  %8 = getelementptr inbounds i8, ptr %0, i64 40
  store i64 0, ptr %8, align 8, !tbaa !30
  %9 = icmp eq ptr %1, %2
  br i1 %9, label %62, label %10

10:                                               ; preds = %3, %58
  %11 = phi i64 [ %59, %58 ], [ 0, %3 ]
  %12 = phi ptr [ %60, %58 ], [ %1, %3 ]
  %13 = icmp eq i64 %11, 0
  %14 = load i32, ptr %12, align 4, !tbaa !5
  br i1 %13, label %20, label %15

15:                                               ; preds = %10
  %16 = load ptr, ptr %7, align 8, !tbaa !32
  %17 = getelementptr inbounds i8, ptr %16, i64 32
  %18 = load i32, ptr %17, align 4, !tbaa !5
  %19 = icmp slt i32 %18, %14
  br i1 %19, label %45, label %20

20:                                               ; preds = %15, %10
  %21 = load ptr, ptr %5, align 8, !tbaa !32
  %22 = icmp eq ptr %21, null
  br i1 %22, label %33, label %23

23:                                               ; preds = %20, %23
  %24 = phi ptr [ %30, %23 ], [ %21, %20 ]
  %25 = getelementptr inbounds i8, ptr %24, i64 32
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = icmp slt i32 %14, %26
  %28 = select i1 %27, i64 16, i64 24
  %29 = getelementptr inbounds i8, ptr %24, i64 %28
  %30 = load ptr, ptr %29, align 8, !tbaa !32
  %31 = icmp eq ptr %30, null
  br i1 %31, label %32, label %23, !llvm.loop !114

32:                                               ; preds = %23
  br i1 %27, label %33, label %41

33:                                               ; preds = %32, %20
  %34 = phi ptr [ %24, %32 ], [ %4, %20 ]
  %35 = load ptr, ptr %6, align 8, !tbaa !28
  %36 = icmp eq ptr %34, %35
  br i1 %36, label %45, label %37

37:                                               ; preds = %33
  %38 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %34) #22
  %39 = getelementptr inbounds i8, ptr %38, i64 32
  %40 = load i32, ptr %39, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %37, %32
  %42 = phi i32 [ %40, %37 ], [ %26, %32 ]
  %43 = phi ptr [ %34, %37 ], [ %24, %32 ]
  %44 = icmp slt i32 %42, %14
  br i1 %44, label %45, label %58

45:                                               ; preds = %41, %15, %33
  %46 = phi ptr [ %34, %33 ], [ %16, %15 ], [ %43, %41 ]
  %47 = icmp eq ptr %4, %46
  br i1 %47, label %52, label %48

48:                                               ; preds = %45
  %49 = getelementptr inbounds i8, ptr %46, i64 32
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = icmp slt i32 %14, %50
  br label %52

52:                                               ; preds = %48, %45
  %53 = phi i1 [ true, %45 ], [ %51, %48 ]
  %54 = tail call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #19
  %55 = getelementptr inbounds i8, ptr %54, i64 32
  store i32 %14, ptr %55, align 4, !tbaa !5
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext %53, ptr noundef nonnull %54, ptr noundef nonnull %46, ptr noundef nonnull align 8 dereferenceable(32) %4) #20
  %56 = load i64, ptr %8, align 8, !tbaa !30
  %57 = add i64 %56, 1
  store i64 %57, ptr %8, align 8, !tbaa !30
  br label %58

58:                                               ; preds = %41, %52
  %59 = phi i64 [ %11, %41 ], [ %57, %52 ]
  %60 = getelementptr inbounds i8, ptr %12, i64 4
  %61 = icmp eq ptr %60, %2
  br i1 %61, label %62, label %10, !llvm.loop !115

62:                                               ; preds = %58, %3
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %0) local_unnamed_addr #4 comdat align 2 {
  %2 = alloca %"struct.std::__detail::_Scratch_list", align 8
  %3 = alloca [64 x %"struct.std::__detail::_Scratch_list"], align 16
  %4 = load ptr, ptr %0, align 8, !tbaa !95
  %5 = icmp eq ptr %4, %0
  br i1 %5, label %110, label %6

6:                                                ; preds = %1
  %7 = load ptr, ptr %4, align 8, !tbaa !95
  %8 = icmp eq ptr %7, %0
  br i1 %8, label %110, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #20
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %10, align 8, !tbaa !93
  store ptr %2, ptr %2, align 8, !tbaa !95
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %3) #20
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %24, %11 ]
  %13 = getelementptr inbounds i8, ptr %3, i64 %12
  %14 = getelementptr inbounds i8, ptr %13, i64 8
  store ptr %13, ptr %14, align 8, !tbaa !93
  store ptr %13, ptr %13, align 16, !tbaa !95
  %15 = or disjoint i64 %12, 16
  %16 = getelementptr inbounds i8, ptr %3, i64 %15
  %17 = getelementptr inbounds i8, ptr %16, i64 8
  store ptr %16, ptr %17, align 8, !tbaa !93
  store ptr %16, ptr %16, align 16, !tbaa !95
  %18 = or disjoint i64 %12, 32
  %19 = getelementptr inbounds i8, ptr %3, i64 %18
  %20 = getelementptr inbounds i8, ptr %19, i64 8
  store ptr %19, ptr %20, align 8, !tbaa !93
  store ptr %19, ptr %19, align 16, !tbaa !95
  %21 = or disjoint i64 %12, 48
  %22 = getelementptr inbounds i8, ptr %3, i64 %21
  %23 = getelementptr inbounds i8, ptr %22, i64 8
  store ptr %22, ptr %23, align 8, !tbaa !93
  store ptr %22, ptr %22, align 16, !tbaa !95
  %24 = add nuw nsw i64 %12, 64
  %25 = icmp eq i64 %24, 1024
  br i1 %25, label %26, label %11

26:                                               ; preds = %11, %62
  %27 = phi ptr [ %67, %62 ], [ %4, %11 ]
  %28 = phi i64 [ %66, %62 ], [ 0, %11 ]
  %29 = getelementptr inbounds i8, ptr %3, i64 %28
  %30 = load ptr, ptr %27, align 8, !tbaa !95
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull %27, ptr noundef %30) #20
  %31 = icmp eq i64 %28, 0
  br i1 %31, label %62, label %32

32:                                               ; preds = %26, %59
  %33 = phi ptr [ %60, %59 ], [ %3, %26 ]
  %34 = load ptr, ptr %33, align 8, !tbaa !95
  %35 = icmp ne ptr %34, %33
  br i1 %35, label %36, label %62

36:                                               ; preds = %32
  %37 = load ptr, ptr %2, align 8, !tbaa !95
  %38 = icmp eq ptr %37, %2
  br i1 %38, label %59, label %39

39:                                               ; preds = %36, %51
  %40 = phi ptr [ %53, %51 ], [ %34, %36 ]
  %41 = phi ptr [ %52, %51 ], [ %37, %36 ]
  %42 = getelementptr inbounds i8, ptr %41, i64 16
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = getelementptr inbounds i8, ptr %40, i64 16
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp slt i32 %43, %45
  br i1 %46, label %47, label %49

47:                                               ; preds = %39
  %48 = load ptr, ptr %41, align 8, !tbaa !95
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %40, ptr noundef nonnull %41, ptr noundef %48) #20
  br label %51

49:                                               ; preds = %39
  %50 = load ptr, ptr %40, align 8, !tbaa !95
  br label %51

51:                                               ; preds = %49, %47
  %52 = phi ptr [ %48, %47 ], [ %41, %49 ]
  %53 = phi ptr [ %40, %47 ], [ %50, %49 ]
  %54 = icmp ne ptr %53, %33
  %55 = icmp ne ptr %52, %2
  %56 = and i1 %55, %54
  br i1 %56, label %39, label %57, !llvm.loop !116

57:                                               ; preds = %51
  br i1 %55, label %58, label %59

58:                                               ; preds = %57
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %33, ptr noundef %52, ptr noundef nonnull %2) #20
  br label %59

59:                                               ; preds = %36, %57, %58
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %33) #20
  %60 = getelementptr inbounds i8, ptr %33, i64 16
  %61 = icmp eq ptr %60, %29
  br i1 %61, label %62, label %32, !llvm.loop !117

62:                                               ; preds = %32, %59, %26
  %63 = phi ptr [ %3, %26 ], [ %29, %59 ], [ %33, %32 ]
  %64 = phi i1 [ true, %26 ], [ %35, %59 ], [ false, %32 ]
  %65 = phi i64 [ 16, %26 ], [ 16, %59 ], [ 0, %32 ]
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %63) #20
  %66 = add nuw nsw i64 %28, %65
  %67 = load ptr, ptr %0, align 8, !tbaa !95
  %68 = icmp eq ptr %67, %0
  br i1 %68, label %69, label %26, !llvm.loop !118

69:                                               ; preds = %62
  %70 = getelementptr inbounds i8, ptr %3, i64 %66
  %71 = icmp eq i64 %66, 16
  br i1 %71, label %107, label %72

72:                                               ; preds = %69
  %73 = getelementptr inbounds i8, ptr %3, i64 16
  br label %74

74:                                               ; preds = %72, %104
  %75 = phi ptr [ %105, %104 ], [ %73, %72 ]
  %76 = phi ptr [ %75, %104 ], [ %3, %72 ]
  %77 = load ptr, ptr %75, align 8, !tbaa !95
  %78 = load ptr, ptr %76, align 8, !tbaa !95
  %79 = icmp ne ptr %77, %75
  %80 = icmp ne ptr %78, %76
  %81 = select i1 %79, i1 %80, i1 false
  br i1 %81, label %82, label %100

82:                                               ; preds = %74, %94
  %83 = phi ptr [ %96, %94 ], [ %77, %74 ]
  %84 = phi ptr [ %95, %94 ], [ %78, %74 ]
  %85 = getelementptr inbounds i8, ptr %84, i64 16
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = getelementptr inbounds i8, ptr %83, i64 16
  %88 = load i32, ptr %87, align 4, !tbaa !5
  %89 = icmp slt i32 %86, %88
  br i1 %89, label %90, label %92

90:                                               ; preds = %82
  %91 = load ptr, ptr %84, align 8, !tbaa !95
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %83, ptr noundef nonnull %84, ptr noundef %91) #20
  br label %94

92:                                               ; preds = %82
  %93 = load ptr, ptr %83, align 8, !tbaa !95
  br label %94

94:                                               ; preds = %92, %90
  %95 = phi ptr [ %91, %90 ], [ %84, %92 ]
  %96 = phi ptr [ %83, %90 ], [ %93, %92 ]
  %97 = icmp ne ptr %96, %75
  %98 = icmp ne ptr %95, %76
  %99 = and i1 %98, %97
  br i1 %99, label %82, label %100, !llvm.loop !116

100:                                              ; preds = %94, %74
  %101 = phi ptr [ %78, %74 ], [ %95, %94 ]
  %102 = phi i1 [ %80, %74 ], [ %98, %94 ]
  br i1 %102, label %103, label %104

103:                                              ; preds = %100
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %75, ptr noundef %101, ptr noundef nonnull %76) #20
  br label %104

104:                                              ; preds = %100, %103
  %105 = getelementptr inbounds i8, ptr %75, i64 16
  %106 = icmp eq ptr %105, %70
  br i1 %106, label %107, label %74, !llvm.loop !119

107:                                              ; preds = %104, %69
  %108 = select i1 %64, i64 0, i64 -16
  %109 = getelementptr inbounds i8, ptr %29, i64 %108
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %109, ptr noundef nonnull align 8 dereferenceable(16) %0) #20
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %3) #20
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #20
  br label %110

110:                                              ; preds = %107, %6, %1
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() local_unnamed_addr #6

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() local_unnamed_addr #6

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #7

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat align 2 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %11, label %4

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %9, %4 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !120
  tail call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !121
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 40) #21
  %10 = icmp eq ptr %9, null
  br i1 %10, label %11, label %4, !llvm.loop !122

11:                                               ; preds = %4, %2
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat align 2 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %19, label %4

4:                                                ; preds = %2, %17
  %5 = phi ptr [ %9, %17 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !120
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !121
  %10 = getelementptr inbounds i8, ptr %5, i64 32
  %11 = load ptr, ptr %10, align 8, !tbaa !36
  %12 = getelementptr inbounds i8, ptr %5, i64 48
  %13 = icmp eq ptr %11, %12
  br i1 %13, label %17, label %14

14:                                               ; preds = %4
  %15 = load i64, ptr %12, align 8, !tbaa !38
  %16 = add i64 %15, 1
  tail call void @_ZdlPvm(ptr noundef %11, i64 noundef %16) #21
  br label %17

17:                                               ; preds = %4, %14
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 72) #21
  %18 = icmp eq ptr %9, null
  br i1 %18, label %19, label %4, !llvm.loop !123

19:                                               ; preds = %17, %2
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr %0, ptr %1, i64 noundef %2) local_unnamed_addr #4 comdat {
  %4 = ptrtoint ptr %0 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = sub i64 %5, %4
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %183

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 4
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %14, label %130

12:                                               ; preds = %178
  %13 = icmp eq i64 %134, 0
  br i1 %13, label %14, label %130, !llvm.loop !124

14:                                               ; preds = %12, %9
  %15 = phi i64 [ %7, %9 ], [ %181, %12 ]
  %16 = phi i64 [ %6, %9 ], [ %180, %12 ]
  %17 = phi ptr [ %1, %9 ], [ %166, %12 ]
  %18 = add nsw i64 %15, -2
  %19 = lshr i64 %18, 1
  %20 = add nsw i64 %15, -1
  %21 = lshr i64 %20, 1
  %22 = and i64 %16, 4
  %23 = icmp eq i64 %22, 0
  %24 = or disjoint i64 %18, 1
  %25 = getelementptr inbounds i32, ptr %0, i64 %24
  %26 = getelementptr inbounds i32, ptr %0, i64 %19
  br label %27

27:                                               ; preds = %66, %14
  %28 = phi i64 [ %19, %14 ], [ %70, %66 ]
  %29 = getelementptr inbounds i32, ptr %0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = icmp sgt i64 %21, %28
  br i1 %31, label %32, label %47

32:                                               ; preds = %27, %32
  %33 = phi i64 [ %42, %32 ], [ %28, %27 ]
  %34 = shl i64 %33, 1
  %35 = add i64 %34, 2
  %36 = getelementptr inbounds i32, ptr %0, i64 %35
  %37 = or disjoint i64 %34, 1
  %38 = getelementptr inbounds i32, ptr %0, i64 %37
  %39 = load i32, ptr %36, align 4, !tbaa !5
  %40 = load i32, ptr %38, align 4, !tbaa !5
  %41 = icmp slt i32 %39, %40
  %42 = select i1 %41, i64 %37, i64 %35
  %43 = getelementptr inbounds i32, ptr %0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = getelementptr inbounds i32, ptr %0, i64 %33
  store i32 %44, ptr %45, align 4, !tbaa !5
  %46 = icmp slt i64 %42, %21
  br i1 %46, label %32, label %47, !llvm.loop !125

47:                                               ; preds = %32, %27
  %48 = phi i64 [ %28, %27 ], [ %42, %32 ]
  %49 = icmp eq i64 %48, %19
  %50 = select i1 %23, i1 %49, i1 false
  br i1 %50, label %51, label %53

51:                                               ; preds = %47
  %52 = load i32, ptr %25, align 4, !tbaa !5
  store i32 %52, ptr %26, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %51, %47
  %54 = phi i64 [ %24, %51 ], [ %48, %47 ]
  %55 = icmp sgt i64 %54, %28
  br i1 %55, label %56, label %66

56:                                               ; preds = %53, %63
  %57 = phi i64 [ %59, %63 ], [ %54, %53 ]
  %58 = add nsw i64 %57, -1
  %59 = sdiv i64 %58, 2
  %60 = getelementptr inbounds i32, ptr %0, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = icmp slt i32 %61, %30
  br i1 %62, label %63, label %66

63:                                               ; preds = %56
  %64 = getelementptr inbounds i32, ptr %0, i64 %57
  store i32 %61, ptr %64, align 4, !tbaa !5
  %65 = icmp sgt i64 %59, %28
  br i1 %65, label %56, label %66, !llvm.loop !126

66:                                               ; preds = %63, %56, %53
  %67 = phi i64 [ %54, %53 ], [ %59, %63 ], [ %57, %56 ]
  %68 = getelementptr inbounds i32, ptr %0, i64 %67
  store i32 %30, ptr %68, align 4, !tbaa !5
  %69 = icmp eq i64 %28, 0
  %70 = add nsw i64 %28, -1
  br i1 %69, label %71, label %27, !llvm.loop !127

71:                                               ; preds = %66
  %72 = icmp sgt i64 %16, 4
  br i1 %72, label %73, label %183

73:                                               ; preds = %71, %126
  %74 = phi ptr [ %75, %126 ], [ %17, %71 ]
  %75 = getelementptr inbounds i8, ptr %74, i64 -4
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %77, ptr %75, align 4, !tbaa !5
  %78 = ptrtoint ptr %75 to i64
  %79 = sub i64 %78, %4
  %80 = ashr exact i64 %79, 2
  %81 = add nsw i64 %80, -1
  %82 = sdiv i64 %81, 2
  %83 = icmp sgt i64 %80, 2
  br i1 %83, label %84, label %99

84:                                               ; preds = %73, %84
  %85 = phi i64 [ %94, %84 ], [ 0, %73 ]
  %86 = shl i64 %85, 1
  %87 = add i64 %86, 2
  %88 = getelementptr inbounds i32, ptr %0, i64 %87
  %89 = or disjoint i64 %86, 1
  %90 = getelementptr inbounds i32, ptr %0, i64 %89
  %91 = load i32, ptr %88, align 4, !tbaa !5
  %92 = load i32, ptr %90, align 4, !tbaa !5
  %93 = icmp slt i32 %91, %92
  %94 = select i1 %93, i64 %89, i64 %87
  %95 = getelementptr inbounds i32, ptr %0, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = getelementptr inbounds i32, ptr %0, i64 %85
  store i32 %96, ptr %97, align 4, !tbaa !5
  %98 = icmp slt i64 %94, %82
  br i1 %98, label %84, label %99, !llvm.loop !125

99:                                               ; preds = %84, %73
  %100 = phi i64 [ 0, %73 ], [ %94, %84 ]
  %101 = and i64 %79, 4
  %102 = icmp eq i64 %101, 0
  br i1 %102, label %103, label %113

103:                                              ; preds = %99
  %104 = add nsw i64 %80, -2
  %105 = ashr exact i64 %104, 1
  %106 = icmp eq i64 %100, %105
  br i1 %106, label %107, label %113

107:                                              ; preds = %103
  %108 = shl nsw i64 %100, 1
  %109 = or disjoint i64 %108, 1
  %110 = getelementptr inbounds i32, ptr %0, i64 %109
  %111 = load i32, ptr %110, align 4, !tbaa !5
  %112 = getelementptr inbounds i32, ptr %0, i64 %100
  store i32 %111, ptr %112, align 4, !tbaa !5
  br label %113

113:                                              ; preds = %107, %103, %99
  %114 = phi i64 [ %109, %107 ], [ %100, %103 ], [ %100, %99 ]
  %115 = icmp sgt i64 %114, 0
  br i1 %115, label %116, label %126

116:                                              ; preds = %113, %123
  %117 = phi i64 [ %119, %123 ], [ %114, %113 ]
  %118 = add nsw i64 %117, -1
  %119 = lshr i64 %118, 1
  %120 = getelementptr inbounds i32, ptr %0, i64 %119
  %121 = load i32, ptr %120, align 4, !tbaa !5
  %122 = icmp slt i32 %121, %76
  br i1 %122, label %123, label %126

123:                                              ; preds = %116
  %124 = getelementptr inbounds i32, ptr %0, i64 %117
  store i32 %121, ptr %124, align 4, !tbaa !5
  %125 = icmp ult i64 %118, 2
  br i1 %125, label %126, label %116, !llvm.loop !126

126:                                              ; preds = %123, %116, %113
  %127 = phi i64 [ %114, %113 ], [ %117, %116 ], [ 0, %123 ]
  %128 = getelementptr inbounds i32, ptr %0, i64 %127
  store i32 %76, ptr %128, align 4, !tbaa !5
  %129 = icmp sgt i64 %79, 4
  br i1 %129, label %73, label %183, !llvm.loop !128

130:                                              ; preds = %9, %12
  %131 = phi ptr [ %166, %12 ], [ %1, %9 ]
  %132 = phi i64 [ %134, %12 ], [ %2, %9 ]
  %133 = phi i64 [ %181, %12 ], [ %7, %9 ]
  %134 = add nsw i64 %132, -1
  %135 = lshr i64 %133, 1
  %136 = getelementptr inbounds i32, ptr %0, i64 %135
  %137 = getelementptr inbounds i8, ptr %131, i64 -4
  %138 = load i32, ptr %10, align 4, !tbaa !5
  %139 = load i32, ptr %136, align 4, !tbaa !5
  %140 = icmp slt i32 %138, %139
  %141 = load i32, ptr %137, align 4, !tbaa !5
  br i1 %140, label %142, label %151

142:                                              ; preds = %130
  %143 = icmp slt i32 %139, %141
  br i1 %143, label %144, label %146

144:                                              ; preds = %142
  %145 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %139, ptr %0, align 4, !tbaa !5
  store i32 %145, ptr %136, align 4, !tbaa !5
  br label %160

146:                                              ; preds = %142
  %147 = icmp slt i32 %138, %141
  %148 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %147, label %149, label %150

149:                                              ; preds = %146
  store i32 %141, ptr %0, align 4, !tbaa !5
  store i32 %148, ptr %137, align 4, !tbaa !5
  br label %160

150:                                              ; preds = %146
  store i32 %138, ptr %0, align 4, !tbaa !5
  store i32 %148, ptr %10, align 4, !tbaa !5
  br label %160

151:                                              ; preds = %130
  %152 = icmp slt i32 %138, %141
  br i1 %152, label %153, label %155

153:                                              ; preds = %151
  %154 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %138, ptr %0, align 4, !tbaa !5
  store i32 %154, ptr %10, align 4, !tbaa !5
  br label %160

155:                                              ; preds = %151
  %156 = icmp slt i32 %139, %141
  %157 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %156, label %158, label %159

158:                                              ; preds = %155
  store i32 %141, ptr %0, align 4, !tbaa !5
  store i32 %157, ptr %137, align 4, !tbaa !5
  br label %160

159:                                              ; preds = %155
  store i32 %139, ptr %0, align 4, !tbaa !5
  store i32 %157, ptr %136, align 4, !tbaa !5
  br label %160

160:                                              ; preds = %159, %158, %153, %150, %149, %144
  br label %161

161:                                              ; preds = %160, %177
  %162 = phi ptr [ %169, %177 ], [ %10, %160 ]
  %163 = phi ptr [ %172, %177 ], [ %131, %160 ]
  %164 = load i32, ptr %0, align 4, !tbaa !5
  br label %165

165:                                              ; preds = %165, %161
  %166 = phi ptr [ %162, %161 ], [ %169, %165 ]
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = icmp slt i32 %167, %164
  %169 = getelementptr inbounds i8, ptr %166, i64 4
  br i1 %168, label %165, label %170, !llvm.loop !129

170:                                              ; preds = %165, %170
  %171 = phi ptr [ %172, %170 ], [ %163, %165 ]
  %172 = getelementptr inbounds i8, ptr %171, i64 -4
  %173 = load i32, ptr %172, align 4, !tbaa !5
  %174 = icmp slt i32 %164, %173
  br i1 %174, label %170, label %175, !llvm.loop !130

175:                                              ; preds = %170
  %176 = icmp ult ptr %166, %172
  br i1 %176, label %177, label %178

177:                                              ; preds = %175
  store i32 %173, ptr %166, align 4, !tbaa !5
  store i32 %167, ptr %172, align 4, !tbaa !5
  br label %161, !llvm.loop !131

178:                                              ; preds = %175
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %166, ptr %131, i64 noundef %134)
  %179 = ptrtoint ptr %166 to i64
  %180 = sub i64 %179, %4
  %181 = ashr exact i64 %180, 2
  %182 = icmp sgt i64 %181, 16
  br i1 %182, label %12, label %183, !llvm.loop !124

183:                                              ; preds = %178, %126, %3, %71
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr %0, ptr %1) local_unnamed_addr #4 comdat {
  %3 = ptrtoint ptr %1 to i64
  %4 = ptrtoint ptr %0 to i64
  %5 = sub i64 %3, %4
  %6 = icmp sgt i64 %5, 64
  br i1 %6, label %7, label %51

7:                                                ; preds = %2
  %8 = getelementptr i8, ptr %0, i64 4
  br label %9

9:                                                ; preds = %27, %7
  %10 = phi i64 [ 4, %7 ], [ %29, %27 ]
  %11 = phi ptr [ %0, %7 ], [ %12, %27 ]
  %12 = getelementptr inbounds i8, ptr %0, i64 %10
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = load i32, ptr %0, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %9
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %8, ptr noundef nonnull align 4 dereferenceable(1) %0, i64 %10, i1 false)
  br label %27

17:                                               ; preds = %9
  %18 = load i32, ptr %11, align 4, !tbaa !5
  %19 = icmp slt i32 %13, %18
  br i1 %19, label %20, label %27

20:                                               ; preds = %17, %20
  %21 = phi i32 [ %25, %20 ], [ %18, %17 ]
  %22 = phi ptr [ %24, %20 ], [ %11, %17 ]
  %23 = phi ptr [ %22, %20 ], [ %12, %17 ]
  store i32 %21, ptr %23, align 4, !tbaa !5
  %24 = getelementptr inbounds i8, ptr %22, i64 -4
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = icmp slt i32 %13, %25
  br i1 %26, label %20, label %27, !llvm.loop !132

27:                                               ; preds = %20, %17, %16
  %28 = phi ptr [ %0, %16 ], [ %12, %17 ], [ %22, %20 ]
  store i32 %13, ptr %28, align 4, !tbaa !5
  %29 = add nuw nsw i64 %10, 4
  %30 = icmp eq i64 %29, 64
  br i1 %30, label %31, label %9, !llvm.loop !133

31:                                               ; preds = %27
  %32 = getelementptr inbounds i8, ptr %0, i64 64
  %33 = icmp eq ptr %32, %1
  br i1 %33, label %83, label %34

34:                                               ; preds = %31, %47
  %35 = phi ptr [ %49, %47 ], [ %32, %31 ]
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = getelementptr inbounds i8, ptr %35, i64 -4
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = icmp slt i32 %36, %38
  br i1 %39, label %40, label %47

40:                                               ; preds = %34, %40
  %41 = phi i32 [ %45, %40 ], [ %38, %34 ]
  %42 = phi ptr [ %44, %40 ], [ %37, %34 ]
  %43 = phi ptr [ %42, %40 ], [ %35, %34 ]
  store i32 %41, ptr %43, align 4, !tbaa !5
  %44 = getelementptr inbounds i8, ptr %42, i64 -4
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp slt i32 %36, %45
  br i1 %46, label %40, label %47, !llvm.loop !132

47:                                               ; preds = %40, %34
  %48 = phi ptr [ %35, %34 ], [ %42, %40 ]
  store i32 %36, ptr %48, align 4, !tbaa !5
  %49 = getelementptr inbounds i8, ptr %35, i64 4
  %50 = icmp eq ptr %49, %1
  br i1 %50, label %83, label %34, !llvm.loop !134

51:                                               ; preds = %2
  %52 = icmp eq ptr %0, %1
  %53 = getelementptr inbounds i8, ptr %0, i64 4
  %54 = icmp eq ptr %53, %1
  %55 = select i1 %52, i1 true, i1 %54
  br i1 %55, label %83, label %56

56:                                               ; preds = %51, %79
  %57 = phi ptr [ %81, %79 ], [ %53, %51 ]
  %58 = phi ptr [ %57, %79 ], [ %0, %51 ]
  %59 = load i32, ptr %57, align 4, !tbaa !5
  %60 = load i32, ptr %0, align 4, !tbaa !5
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %69

62:                                               ; preds = %56
  %63 = getelementptr inbounds i8, ptr %58, i64 8
  %64 = ptrtoint ptr %57 to i64
  %65 = sub i64 %64, %4
  %66 = ashr exact i64 %65, 2
  %67 = sub nsw i64 0, %66
  %68 = getelementptr inbounds i32, ptr %63, i64 %67
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %68, ptr noundef nonnull align 4 dereferenceable(1) %0, i64 %65, i1 false)
  br label %79

69:                                               ; preds = %56
  %70 = load i32, ptr %58, align 4, !tbaa !5
  %71 = icmp slt i32 %59, %70
  br i1 %71, label %72, label %79

72:                                               ; preds = %69, %72
  %73 = phi i32 [ %77, %72 ], [ %70, %69 ]
  %74 = phi ptr [ %76, %72 ], [ %58, %69 ]
  %75 = phi ptr [ %74, %72 ], [ %57, %69 ]
  store i32 %73, ptr %75, align 4, !tbaa !5
  %76 = getelementptr inbounds i8, ptr %74, i64 -4
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = icmp slt i32 %59, %77
  br i1 %78, label %72, label %79, !llvm.loop !132

79:                                               ; preds = %72, %69, %62
  %80 = phi ptr [ %0, %62 ], [ %57, %69 ], [ %74, %72 ]
  store i32 %59, ptr %80, align 4, !tbaa !5
  %81 = getelementptr inbounds i8, ptr %57, i64 4
  %82 = icmp eq ptr %81, %1
  br i1 %82, label %83, label %56, !llvm.loop !133

83:                                               ; preds = %79, %47, %51, %31
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #10

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local ptr @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 comdat {
  %4 = icmp eq ptr %0, %1
  br i1 %4, label %266, label %5

5:                                                ; preds = %3
  %6 = icmp eq ptr %2, %1
  br i1 %6, label %266, label %7

7:                                                ; preds = %5
  %8 = ptrtoint ptr %2 to i64
  %9 = ptrtoint ptr %0 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 2
  %12 = ptrtoint ptr %1 to i64
  %13 = sub i64 %12, %9
  %14 = ashr exact i64 %13, 2
  %15 = sub nsw i64 %11, %14
  %16 = icmp eq i64 %14, %15
  br i1 %16, label %17, label %66

17:                                               ; preds = %7
  %18 = add i64 %12, -4
  %19 = sub i64 %18, %9
  %20 = lshr i64 %19, 2
  %21 = add nuw nsw i64 %20, 1
  %22 = icmp ult i64 %19, 60
  br i1 %22, label %55, label %23

23:                                               ; preds = %17
  %24 = add i64 %12, -4
  %25 = sub i64 %24, %9
  %26 = and i64 %25, -4
  %27 = add i64 %26, 4
  %28 = getelementptr i8, ptr %0, i64 %27
  %29 = getelementptr i8, ptr %1, i64 %27
  %30 = icmp ugt ptr %29, %0
  %31 = icmp ugt ptr %28, %1
  %32 = and i1 %30, %31
  br i1 %32, label %55, label %33

33:                                               ; preds = %23
  %34 = and i64 %21, 9223372036854775800
  %35 = shl i64 %34, 2
  %36 = getelementptr i8, ptr %1, i64 %35
  %37 = shl i64 %34, 2
  %38 = getelementptr i8, ptr %0, i64 %37
  br label %39

39:                                               ; preds = %39, %33
  %40 = phi i64 [ 0, %33 ], [ %51, %39 ]
  %41 = shl i64 %40, 2
  %42 = getelementptr i8, ptr %1, i64 %41
  %43 = shl i64 %40, 2
  %44 = getelementptr i8, ptr %0, i64 %43
  %45 = getelementptr i8, ptr %44, i64 16
  %46 = load <4 x i32>, ptr %44, align 4, !tbaa !5, !alias.scope !135, !noalias !138
  %47 = load <4 x i32>, ptr %45, align 4, !tbaa !5, !alias.scope !135, !noalias !138
  %48 = getelementptr i8, ptr %42, i64 16
  %49 = load <4 x i32>, ptr %42, align 4, !tbaa !5, !alias.scope !138
  %50 = load <4 x i32>, ptr %48, align 4, !tbaa !5, !alias.scope !138
  store <4 x i32> %49, ptr %44, align 4, !tbaa !5, !alias.scope !135, !noalias !138
  store <4 x i32> %50, ptr %45, align 4, !tbaa !5, !alias.scope !135, !noalias !138
  store <4 x i32> %46, ptr %42, align 4, !tbaa !5, !alias.scope !138
  store <4 x i32> %47, ptr %48, align 4, !tbaa !5, !alias.scope !138
  %51 = add nuw i64 %40, 8
  %52 = icmp eq i64 %51, %34
  br i1 %52, label %53, label %39, !llvm.loop !140

53:                                               ; preds = %39
  %54 = icmp eq i64 %21, %34
  br i1 %54, label %266, label %55

55:                                               ; preds = %53, %23, %17
  %56 = phi ptr [ %1, %23 ], [ %1, %17 ], [ %36, %53 ]
  %57 = phi ptr [ %0, %23 ], [ %0, %17 ], [ %38, %53 ]
  br label %58

58:                                               ; preds = %55, %58
  %59 = phi ptr [ %64, %58 ], [ %56, %55 ]
  %60 = phi ptr [ %63, %58 ], [ %57, %55 ]
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = load i32, ptr %59, align 4, !tbaa !5
  store i32 %62, ptr %60, align 4, !tbaa !5
  store i32 %61, ptr %59, align 4, !tbaa !5
  %63 = getelementptr inbounds i8, ptr %60, i64 4
  %64 = getelementptr inbounds i8, ptr %59, i64 4
  %65 = icmp eq ptr %63, %1
  br i1 %65, label %266, label %58, !llvm.loop !141

66:                                               ; preds = %7
  %67 = sub i64 %8, %12
  %68 = getelementptr inbounds i8, ptr %0, i64 %67
  br label %69

69:                                               ; preds = %240, %66
  %70 = phi ptr [ %0, %66 ], [ %241, %240 ]
  %71 = phi i64 [ %14, %66 ], [ %242, %240 ]
  %72 = phi i64 [ %11, %66 ], [ %243, %240 ]
  %73 = sub nsw i64 %72, %71
  %74 = icmp slt i64 %71, %73
  br i1 %74, label %75, label %143

75:                                               ; preds = %69
  %76 = icmp eq i64 %71, 1
  br i1 %76, label %77, label %87

77:                                               ; preds = %75
  %78 = load i32, ptr %70, align 4, !tbaa !5
  %79 = shl nsw i64 %72, 2
  %80 = getelementptr inbounds i8, ptr %70, i64 %79
  %81 = icmp eq i64 %72, 1
  br i1 %81, label %85, label %82

82:                                               ; preds = %77
  %83 = getelementptr inbounds i8, ptr %70, i64 4
  %84 = add nsw i64 %79, -4
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %70, ptr nonnull align 4 %83, i64 %84, i1 false)
  br label %85

85:                                               ; preds = %77, %82
  %86 = getelementptr inbounds i8, ptr %80, i64 -4
  store i32 %78, ptr %86, align 4, !tbaa !5
  br label %266

87:                                               ; preds = %75
  %88 = icmp sgt i64 %73, 0
  br i1 %88, label %89, label %127

89:                                               ; preds = %87
  %90 = getelementptr i32, ptr %70, i64 %71
  %91 = icmp ult i64 %73, 8
  br i1 %91, label %92, label %96

92:                                               ; preds = %125, %96, %89
  %93 = phi i64 [ 0, %96 ], [ 0, %89 ], [ %106, %125 ]
  %94 = phi ptr [ %70, %96 ], [ %70, %89 ], [ %108, %125 ]
  %95 = phi ptr [ %90, %96 ], [ %90, %89 ], [ %110, %125 ]
  br label %131

96:                                               ; preds = %89
  %97 = shl i64 %72, 2
  %98 = sub i64 %72, %71
  %99 = shl i64 %98, 2
  %100 = getelementptr i8, ptr %70, i64 %99
  %101 = getelementptr i8, ptr %70, i64 %97
  %102 = icmp ult ptr %70, %101
  %103 = icmp ult ptr %90, %100
  %104 = and i1 %102, %103
  br i1 %104, label %92, label %105

105:                                              ; preds = %96
  %106 = and i64 %73, 9223372036854775800
  %107 = shl i64 %106, 2
  %108 = getelementptr i8, ptr %70, i64 %107
  %109 = shl i64 %106, 2
  %110 = getelementptr i8, ptr %90, i64 %109
  br label %111

111:                                              ; preds = %111, %105
  %112 = phi i64 [ 0, %105 ], [ %123, %111 ]
  %113 = shl i64 %112, 2
  %114 = getelementptr i8, ptr %70, i64 %113
  %115 = shl i64 %112, 2
  %116 = getelementptr i8, ptr %90, i64 %115
  %117 = getelementptr i8, ptr %114, i64 16
  %118 = load <4 x i32>, ptr %114, align 4, !tbaa !5, !alias.scope !142, !noalias !145
  %119 = load <4 x i32>, ptr %117, align 4, !tbaa !5, !alias.scope !142, !noalias !145
  %120 = getelementptr i8, ptr %116, i64 16
  %121 = load <4 x i32>, ptr %116, align 4, !tbaa !5, !alias.scope !145
  %122 = load <4 x i32>, ptr %120, align 4, !tbaa !5, !alias.scope !145
  store <4 x i32> %121, ptr %114, align 4, !tbaa !5, !alias.scope !142, !noalias !145
  store <4 x i32> %122, ptr %117, align 4, !tbaa !5, !alias.scope !142, !noalias !145
  store <4 x i32> %118, ptr %116, align 4, !tbaa !5, !alias.scope !145
  store <4 x i32> %119, ptr %120, align 4, !tbaa !5, !alias.scope !145
  %123 = add nuw i64 %112, 8
  %124 = icmp eq i64 %123, %106
  br i1 %124, label %125, label %111, !llvm.loop !147

125:                                              ; preds = %111
  %126 = icmp eq i64 %73, %106
  br i1 %126, label %127, label %92

127:                                              ; preds = %131, %125, %87
  %128 = phi ptr [ %70, %87 ], [ %108, %125 ], [ %137, %131 ]
  %129 = srem i64 %72, %71
  %130 = icmp eq i64 %129, 0
  br i1 %130, label %266, label %141

131:                                              ; preds = %92, %131
  %132 = phi i64 [ %139, %131 ], [ %93, %92 ]
  %133 = phi ptr [ %137, %131 ], [ %94, %92 ]
  %134 = phi ptr [ %138, %131 ], [ %95, %92 ]
  %135 = load i32, ptr %133, align 4, !tbaa !5
  %136 = load i32, ptr %134, align 4, !tbaa !5
  store i32 %136, ptr %133, align 4, !tbaa !5
  store i32 %135, ptr %134, align 4, !tbaa !5
  %137 = getelementptr inbounds i8, ptr %133, i64 4
  %138 = getelementptr inbounds i8, ptr %134, i64 4
  %139 = add nuw nsw i64 %132, 1
  %140 = icmp eq i64 %139, %73
  br i1 %140, label %127, label %131, !llvm.loop !148

141:                                              ; preds = %127
  %142 = sub nsw i64 %71, %129
  br label %240

143:                                              ; preds = %69
  %144 = icmp eq i64 %73, 1
  %145 = getelementptr i32, ptr %70, i64 %72
  br i1 %144, label %146, label %158

146:                                              ; preds = %143
  %147 = getelementptr inbounds i8, ptr %145, i64 -4
  %148 = load i32, ptr %147, align 4, !tbaa !5
  %149 = icmp eq ptr %147, %70
  br i1 %149, label %157, label %150

150:                                              ; preds = %146
  %151 = ptrtoint ptr %147 to i64
  %152 = ptrtoint ptr %70 to i64
  %153 = sub i64 %151, %152
  %154 = ashr exact i64 %153, 2
  %155 = sub nsw i64 0, %154
  %156 = getelementptr inbounds i32, ptr %145, i64 %155
  tail call void @llvm.memmove.p0.p0.i64(ptr align 4 %156, ptr nonnull align 4 %70, i64 %153, i1 false)
  br label %157

157:                                              ; preds = %146, %150
  store i32 %148, ptr %70, align 4, !tbaa !5
  br label %266

158:                                              ; preds = %143
  %159 = sub i64 0, %73
  %160 = getelementptr i32, ptr %145, i64 %159
  %161 = icmp sgt i64 %71, 0
  br i1 %161, label %162, label %236

162:                                              ; preds = %158
  %163 = icmp ult i64 %71, 32
  br i1 %163, label %164, label %188

164:                                              ; preds = %234, %205, %188, %162
  %165 = phi i64 [ 0, %205 ], [ 0, %188 ], [ 0, %162 ], [ %213, %234 ]
  %166 = phi ptr [ %145, %205 ], [ %145, %188 ], [ %145, %162 ], [ %215, %234 ]
  %167 = phi ptr [ %160, %205 ], [ %160, %188 ], [ %160, %162 ], [ %217, %234 ]
  %168 = and i64 %71, 3
  %169 = icmp eq i64 %168, 0
  br i1 %169, label %182, label %170

170:                                              ; preds = %164, %170
  %171 = phi i64 [ %179, %170 ], [ %165, %164 ]
  %172 = phi ptr [ %176, %170 ], [ %166, %164 ]
  %173 = phi ptr [ %175, %170 ], [ %167, %164 ]
  %174 = phi i64 [ %180, %170 ], [ 0, %164 ]
  %175 = getelementptr inbounds i8, ptr %173, i64 -4
  %176 = getelementptr inbounds i8, ptr %172, i64 -4
  %177 = load i32, ptr %175, align 4, !tbaa !5
  %178 = load i32, ptr %176, align 4, !tbaa !5
  store i32 %178, ptr %175, align 4, !tbaa !5
  store i32 %177, ptr %176, align 4, !tbaa !5
  %179 = add nuw nsw i64 %171, 1
  %180 = add i64 %174, 1
  %181 = icmp eq i64 %180, %168
  br i1 %181, label %182, label %170, !llvm.loop !149

182:                                              ; preds = %170, %164
  %183 = phi i64 [ %165, %164 ], [ %179, %170 ]
  %184 = phi ptr [ %166, %164 ], [ %176, %170 ]
  %185 = phi ptr [ %167, %164 ], [ %175, %170 ]
  %186 = sub nsw i64 %165, %71
  %187 = icmp ugt i64 %186, -4
  br i1 %187, label %236, label %244

188:                                              ; preds = %162
  %189 = add nsw i64 %71, -1
  %190 = getelementptr i8, ptr %70, i64 -4
  %191 = shl i64 %71, 2
  %192 = getelementptr i8, ptr %190, i64 %191
  %193 = mul i64 %189, -4
  %194 = getelementptr i8, ptr %192, i64 %193
  %195 = icmp ugt ptr %194, %192
  %196 = getelementptr i8, ptr %70, i64 -4
  %197 = shl i64 %72, 2
  %198 = getelementptr i8, ptr %196, i64 %197
  %199 = mul i64 %189, -4
  %200 = icmp ugt i64 %189, 4611686018427387903
  %201 = getelementptr i8, ptr %198, i64 %199
  %202 = icmp ugt ptr %201, %198
  %203 = or i1 %202, %200
  %204 = or i1 %195, %203
  br i1 %204, label %164, label %205

205:                                              ; preds = %188
  %206 = sub i64 %72, %71
  %207 = shl i64 %206, 2
  %208 = getelementptr i8, ptr %70, i64 %207
  %209 = icmp ult ptr %70, %145
  %210 = icmp ult ptr %208, %160
  %211 = and i1 %209, %210
  br i1 %211, label %164, label %212

212:                                              ; preds = %205
  %213 = and i64 %71, 9223372036854775800
  %214 = mul i64 %213, -4
  %215 = getelementptr i8, ptr %145, i64 %214
  %216 = mul i64 %213, -4
  %217 = getelementptr i8, ptr %160, i64 %216
  br label %218

218:                                              ; preds = %218, %212
  %219 = phi i64 [ 0, %212 ], [ %232, %218 ]
  %220 = mul i64 %219, -4
  %221 = getelementptr i8, ptr %145, i64 %220
  %222 = mul i64 %219, -4
  %223 = getelementptr i8, ptr %160, i64 %222
  %224 = getelementptr inbounds i8, ptr %223, i64 -16
  %225 = getelementptr inbounds i8, ptr %223, i64 -32
  %226 = load <4 x i32>, ptr %224, align 4, !tbaa !5, !alias.scope !150, !noalias !153
  %227 = load <4 x i32>, ptr %225, align 4, !tbaa !5, !alias.scope !150, !noalias !153
  %228 = getelementptr inbounds i8, ptr %221, i64 -16
  %229 = getelementptr inbounds i8, ptr %221, i64 -32
  %230 = load <4 x i32>, ptr %228, align 4, !tbaa !5, !alias.scope !153
  %231 = load <4 x i32>, ptr %229, align 4, !tbaa !5, !alias.scope !153
  store <4 x i32> %230, ptr %224, align 4, !tbaa !5, !alias.scope !150, !noalias !153
  store <4 x i32> %231, ptr %225, align 4, !tbaa !5, !alias.scope !150, !noalias !153
  store <4 x i32> %226, ptr %228, align 4, !tbaa !5, !alias.scope !153
  store <4 x i32> %227, ptr %229, align 4, !tbaa !5, !alias.scope !153
  %232 = add nuw i64 %219, 8
  %233 = icmp eq i64 %232, %213
  br i1 %233, label %234, label %218, !llvm.loop !155

234:                                              ; preds = %218
  %235 = icmp eq i64 %71, %213
  br i1 %235, label %236, label %164

236:                                              ; preds = %182, %244, %234, %158
  %237 = phi ptr [ %160, %158 ], [ %70, %234 ], [ %70, %244 ], [ %70, %182 ]
  %238 = srem i64 %72, %73
  %239 = icmp eq i64 %238, 0
  br i1 %239, label %266, label %240

240:                                              ; preds = %236, %141
  %241 = phi ptr [ %128, %141 ], [ %237, %236 ]
  %242 = phi i64 [ %142, %141 ], [ %238, %236 ]
  %243 = phi i64 [ %71, %141 ], [ %73, %236 ]
  br label %69, !llvm.loop !156

244:                                              ; preds = %182, %244
  %245 = phi i64 [ %264, %244 ], [ %183, %182 ]
  %246 = phi ptr [ %261, %244 ], [ %184, %182 ]
  %247 = phi ptr [ %260, %244 ], [ %185, %182 ]
  %248 = getelementptr inbounds i8, ptr %247, i64 -4
  %249 = getelementptr inbounds i8, ptr %246, i64 -4
  %250 = load i32, ptr %248, align 4, !tbaa !5
  %251 = load i32, ptr %249, align 4, !tbaa !5
  store i32 %251, ptr %248, align 4, !tbaa !5
  store i32 %250, ptr %249, align 4, !tbaa !5
  %252 = getelementptr inbounds i8, ptr %247, i64 -8
  %253 = getelementptr inbounds i8, ptr %246, i64 -8
  %254 = load i32, ptr %252, align 4, !tbaa !5
  %255 = load i32, ptr %253, align 4, !tbaa !5
  store i32 %255, ptr %252, align 4, !tbaa !5
  store i32 %254, ptr %253, align 4, !tbaa !5
  %256 = getelementptr inbounds i8, ptr %247, i64 -12
  %257 = getelementptr inbounds i8, ptr %246, i64 -12
  %258 = load i32, ptr %256, align 4, !tbaa !5
  %259 = load i32, ptr %257, align 4, !tbaa !5
  store i32 %259, ptr %256, align 4, !tbaa !5
  store i32 %258, ptr %257, align 4, !tbaa !5
  %260 = getelementptr inbounds i8, ptr %247, i64 -16
  %261 = getelementptr inbounds i8, ptr %246, i64 -16
  %262 = load i32, ptr %260, align 4, !tbaa !5
  %263 = load i32, ptr %261, align 4, !tbaa !5
  store i32 %263, ptr %260, align 4, !tbaa !5
  store i32 %262, ptr %261, align 4, !tbaa !5
  %264 = add nuw nsw i64 %245, 4
  %265 = icmp eq i64 %264, %71
  br i1 %265, label %236, label %244, !llvm.loop !157

266:                                              ; preds = %236, %127, %58, %53, %157, %85, %5, %3
  %267 = phi ptr [ %2, %3 ], [ %0, %5 ], [ %68, %157 ], [ %68, %85 ], [ %1, %53 ], [ %1, %58 ], [ %68, %127 ], [ %68, %236 ]
  ret ptr %267
}

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #11

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) local_unnamed_addr #4 comdat align 2 {
  %6 = tail call noalias noundef nonnull dereferenceable(72) ptr @_Znwm(i64 noundef 72) #19
  %7 = getelementptr inbounds i8, ptr %6, i64 32
  %8 = load i64, ptr %3, align 8, !tbaa !32
  %9 = inttoptr i64 %8 to ptr
  %10 = getelementptr inbounds i8, ptr %6, i64 48
  store ptr %10, ptr %7, align 8, !tbaa !33
  %11 = load ptr, ptr %9, align 8, !tbaa !36
  %12 = getelementptr inbounds i8, ptr %9, i64 16
  %13 = icmp eq ptr %11, %12
  br i1 %13, label %14, label %20

14:                                               ; preds = %5
  %15 = getelementptr inbounds i8, ptr %9, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !39
  %17 = add i64 %16, 1
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %24, label %19

19:                                               ; preds = %14
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %10, ptr nonnull align 8 %12, i64 %17, i1 false)
  br label %24

20:                                               ; preds = %5
  store ptr %11, ptr %7, align 8, !tbaa !36
  %21 = load i64, ptr %12, align 8, !tbaa !38
  store i64 %21, ptr %10, align 8, !tbaa !38
  %22 = getelementptr inbounds i8, ptr %9, i64 8
  %23 = load i64, ptr %22, align 8, !tbaa !39
  br label %24

24:                                               ; preds = %14, %19, %20
  %25 = phi i64 [ -1, %14 ], [ %16, %19 ], [ %23, %20 ]
  %26 = getelementptr inbounds i8, ptr %9, i64 8
  %27 = getelementptr inbounds i8, ptr %6, i64 40
  store i64 %25, ptr %27, align 8, !tbaa !39
  store ptr %12, ptr %9, align 8, !tbaa !36
  store i64 0, ptr %26, align 8, !tbaa !39
  store i8 0, ptr %12, align 1, !tbaa !38
  %28 = getelementptr inbounds i8, ptr %6, i64 64
  store i32 0, ptr %28, align 8, !tbaa !158
  %29 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %7)
  %30 = extractvalue { ptr, ptr } %29, 0
  %31 = extractvalue { ptr, ptr } %29, 1
  %32 = icmp eq ptr %31, null
  br i1 %32, label %63, label %33

33:                                               ; preds = %24
  %34 = icmp ne ptr %30, null
  %35 = getelementptr inbounds i8, ptr %0, i64 8
  %36 = icmp eq ptr %35, %31
  %37 = select i1 %34, i1 true, i1 %36
  br i1 %37, label %58, label %38

38:                                               ; preds = %33
  %39 = load i64, ptr %27, align 8, !tbaa !39
  %40 = getelementptr inbounds i8, ptr %31, i64 40
  %41 = load i64, ptr %40, align 8, !tbaa !39
  %42 = tail call i64 @llvm.umin.i64(i64 %41, i64 %39)
  %43 = icmp eq i64 %42, 0
  br i1 %43, label %50, label %44

44:                                               ; preds = %38
  %45 = getelementptr inbounds i8, ptr %31, i64 32
  %46 = load ptr, ptr %45, align 8, !tbaa !36
  %47 = load ptr, ptr %7, align 8, !tbaa !36
  %48 = tail call i32 @memcmp(ptr noundef %47, ptr noundef %46, i64 noundef %42) #20
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %44, %38
  %51 = sub i64 %39, %41
  %52 = tail call i64 @llvm.smax.i64(i64 %51, i64 -2147483648)
  %53 = tail call i64 @llvm.smin.i64(i64 %52, i64 2147483647)
  %54 = trunc nsw i64 %53 to i32
  br label %55

55:                                               ; preds = %50, %44
  %56 = phi i32 [ %48, %44 ], [ %54, %50 ]
  %57 = icmp slt i32 %56, 0
  br label %58

58:                                               ; preds = %55, %33
  %59 = phi i1 [ true, %33 ], [ %57, %55 ]
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext %59, ptr noundef nonnull %6, ptr noundef nonnull %31, ptr noundef nonnull align 8 dereferenceable(32) %35) #20
  %60 = getelementptr inbounds i8, ptr %0, i64 40
  %61 = load i64, ptr %60, align 8, !tbaa !30
  %62 = add i64 %61, 1
  store i64 %62, ptr %60, align 8, !tbaa !30
  br label %70

63:                                               ; preds = %24
  %64 = load ptr, ptr %7, align 8, !tbaa !36
  %65 = icmp eq ptr %64, %10
  br i1 %65, label %69, label %66

66:                                               ; preds = %63
  %67 = load i64, ptr %10, align 8, !tbaa !38
  %68 = add i64 %67, 1
  tail call void @_ZdlPvm(ptr noundef %64, i64 noundef %68) #21
  br label %69

69:                                               ; preds = %66, %63
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 72) #21
  br label %70

70:                                               ; preds = %58, %69
  %71 = phi ptr [ %6, %58 ], [ %30, %69 ]
  ret ptr %71
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat align 2 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = icmp eq ptr %4, %1
  br i1 %5, label %6, label %37

6:                                                ; preds = %3
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i64, ptr %7, align 8, !tbaa !30
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %33, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds i8, ptr %0, i64 32
  %12 = load ptr, ptr %11, align 8, !tbaa !32
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !39
  %15 = getelementptr inbounds i8, ptr %2, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !39
  %17 = tail call i64 @llvm.umin.i64(i64 %16, i64 %14)
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %25, label %19

19:                                               ; preds = %10
  %20 = getelementptr inbounds i8, ptr %12, i64 32
  %21 = load ptr, ptr %2, align 8, !tbaa !36
  %22 = load ptr, ptr %20, align 8, !tbaa !36
  %23 = tail call i32 @memcmp(ptr noundef %22, ptr noundef %21, i64 noundef %17) #20
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %19, %10
  %26 = sub i64 %14, %16
  %27 = tail call i64 @llvm.smax.i64(i64 %26, i64 -2147483648)
  %28 = tail call i64 @llvm.smin.i64(i64 %27, i64 2147483647)
  %29 = trunc nsw i64 %28 to i32
  br label %30

30:                                               ; preds = %19, %25
  %31 = phi i32 [ %23, %19 ], [ %29, %25 ]
  %32 = icmp slt i32 %31, 0
  br i1 %32, label %137, label %33

33:                                               ; preds = %30, %6
  %34 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %35 = extractvalue { ptr, ptr } %34, 0
  %36 = extractvalue { ptr, ptr } %34, 1
  br label %137

37:                                               ; preds = %3
  %38 = getelementptr inbounds i8, ptr %2, i64 8
  %39 = load i64, ptr %38, align 8, !tbaa !39
  %40 = getelementptr inbounds i8, ptr %1, i64 40
  %41 = load i64, ptr %40, align 8, !tbaa !39
  %42 = tail call i64 @llvm.umin.i64(i64 %41, i64 %39)
  %43 = icmp eq i64 %42, 0
  br i1 %43, label %50, label %44

44:                                               ; preds = %37
  %45 = getelementptr inbounds i8, ptr %1, i64 32
  %46 = load ptr, ptr %45, align 8, !tbaa !36
  %47 = load ptr, ptr %2, align 8, !tbaa !36
  %48 = tail call i32 @memcmp(ptr noundef %47, ptr noundef %46, i64 noundef %42) #20
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %53, label %56

50:                                               ; preds = %37
  %51 = sub i64 %39, %41
  %52 = icmp slt i64 %51, 0
  br i1 %52, label %58, label %95

53:                                               ; preds = %44
  %54 = sub i64 %39, %41
  %55 = icmp slt i64 %54, 0
  br i1 %55, label %58, label %92

56:                                               ; preds = %44
  %57 = icmp slt i32 %48, 0
  br i1 %57, label %58, label %92

58:                                               ; preds = %53, %56, %50
  %59 = getelementptr inbounds i8, ptr %0, i64 24
  %60 = load ptr, ptr %59, align 8, !tbaa !32
  %61 = icmp eq ptr %60, %1
  br i1 %61, label %137, label %62

62:                                               ; preds = %58
  %63 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %1) #22
  %64 = getelementptr inbounds i8, ptr %63, i64 40
  %65 = load i64, ptr %64, align 8, !tbaa !39
  %66 = tail call i64 @llvm.umin.i64(i64 %39, i64 %65)
  %67 = icmp eq i64 %66, 0
  br i1 %67, label %74, label %68

68:                                               ; preds = %62
  %69 = getelementptr inbounds i8, ptr %63, i64 32
  %70 = load ptr, ptr %2, align 8, !tbaa !36
  %71 = load ptr, ptr %69, align 8, !tbaa !36
  %72 = tail call i32 @memcmp(ptr noundef %71, ptr noundef %70, i64 noundef %66) #20
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %74, label %79

74:                                               ; preds = %68, %62
  %75 = sub i64 %65, %39
  %76 = tail call i64 @llvm.smax.i64(i64 %75, i64 -2147483648)
  %77 = tail call i64 @llvm.smin.i64(i64 %76, i64 2147483647)
  %78 = trunc nsw i64 %77 to i32
  br label %79

79:                                               ; preds = %68, %74
  %80 = phi i32 [ %72, %68 ], [ %78, %74 ]
  %81 = icmp slt i32 %80, 0
  br i1 %81, label %82, label %88

82:                                               ; preds = %79
  %83 = getelementptr inbounds i8, ptr %63, i64 24
  %84 = load ptr, ptr %83, align 8, !tbaa !120
  %85 = icmp eq ptr %84, null
  %86 = select i1 %85, ptr null, ptr %1
  %87 = select i1 %85, ptr %63, ptr %1
  br label %137

88:                                               ; preds = %79
  %89 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %90 = extractvalue { ptr, ptr } %89, 0
  %91 = extractvalue { ptr, ptr } %89, 1
  br label %137

92:                                               ; preds = %53, %56
  %93 = tail call i32 @memcmp(ptr noundef %46, ptr noundef %47, i64 noundef %42) #20
  %94 = icmp eq i32 %93, 0
  br i1 %94, label %95, label %100

95:                                               ; preds = %50, %92
  %96 = sub i64 %41, %39
  %97 = tail call i64 @llvm.smax.i64(i64 %96, i64 -2147483648)
  %98 = tail call i64 @llvm.smin.i64(i64 %97, i64 2147483647)
  %99 = trunc nsw i64 %98 to i32
  br label %100

100:                                              ; preds = %92, %95
  %101 = phi i32 [ %93, %92 ], [ %99, %95 ]
  %102 = icmp slt i32 %101, 0
  br i1 %102, label %103, label %137

103:                                              ; preds = %100
  %104 = getelementptr inbounds i8, ptr %0, i64 32
  %105 = load ptr, ptr %104, align 8, !tbaa !32
  %106 = icmp eq ptr %105, %1
  br i1 %106, label %137, label %107

107:                                              ; preds = %103
  %108 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %1) #22
  %109 = getelementptr inbounds i8, ptr %108, i64 40
  %110 = load i64, ptr %109, align 8, !tbaa !39
  %111 = tail call i64 @llvm.umin.i64(i64 %110, i64 %39)
  %112 = icmp eq i64 %111, 0
  br i1 %112, label %119, label %113

113:                                              ; preds = %107
  %114 = getelementptr inbounds i8, ptr %108, i64 32
  %115 = load ptr, ptr %114, align 8, !tbaa !36
  %116 = load ptr, ptr %2, align 8, !tbaa !36
  %117 = tail call i32 @memcmp(ptr noundef %116, ptr noundef %115, i64 noundef %111) #20
  %118 = icmp eq i32 %117, 0
  br i1 %118, label %119, label %124

119:                                              ; preds = %113, %107
  %120 = sub i64 %39, %110
  %121 = tail call i64 @llvm.smax.i64(i64 %120, i64 -2147483648)
  %122 = tail call i64 @llvm.smin.i64(i64 %121, i64 2147483647)
  %123 = trunc nsw i64 %122 to i32
  br label %124

124:                                              ; preds = %113, %119
  %125 = phi i32 [ %117, %113 ], [ %123, %119 ]
  %126 = icmp slt i32 %125, 0
  br i1 %126, label %127, label %133

127:                                              ; preds = %124
  %128 = getelementptr inbounds i8, ptr %1, i64 24
  %129 = load ptr, ptr %128, align 8, !tbaa !120
  %130 = icmp eq ptr %129, null
  %131 = select i1 %130, ptr null, ptr %108
  %132 = select i1 %130, ptr %1, ptr %108
  br label %137

133:                                              ; preds = %124
  %134 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %135 = extractvalue { ptr, ptr } %134, 0
  %136 = extractvalue { ptr, ptr } %134, 1
  br label %137

137:                                              ; preds = %127, %82, %100, %133, %103, %88, %58, %30, %33
  %138 = phi ptr [ %35, %33 ], [ null, %30 ], [ %90, %88 ], [ %60, %58 ], [ %135, %133 ], [ null, %103 ], [ %1, %100 ], [ %86, %82 ], [ %131, %127 ]
  %139 = phi ptr [ %36, %33 ], [ %12, %30 ], [ %91, %88 ], [ %60, %58 ], [ %136, %133 ], [ %105, %103 ], [ null, %100 ], [ %87, %82 ], [ %132, %127 ]
  %140 = insertvalue { ptr, ptr } poison, ptr %138, 0
  %141 = insertvalue { ptr, ptr } %140, ptr %139, 1
  ret { ptr, ptr } %141
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !32
  %6 = icmp eq ptr %5, null
  br i1 %6, label %35, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !39
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %27
  %12 = phi ptr [ %5, %7 ], [ %32, %27 ]
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !39
  %15 = tail call i64 @llvm.umin.i64(i64 %14, i64 %9)
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %11
  %18 = getelementptr inbounds i8, ptr %12, i64 32
  %19 = load ptr, ptr %18, align 8, !tbaa !36
  %20 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %19, i64 noundef %15) #20
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %27

22:                                               ; preds = %17, %11
  %23 = sub i64 %9, %14
  %24 = tail call i64 @llvm.smax.i64(i64 %23, i64 -2147483648)
  %25 = tail call i64 @llvm.smin.i64(i64 %24, i64 2147483647)
  %26 = trunc nsw i64 %25 to i32
  br label %27

27:                                               ; preds = %17, %22
  %28 = phi i32 [ %20, %17 ], [ %26, %22 ]
  %29 = icmp slt i32 %28, 0
  %30 = select i1 %29, i64 16, i64 24
  %31 = getelementptr inbounds i8, ptr %12, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !32
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %11, !llvm.loop !160

34:                                               ; preds = %27
  br i1 %29, label %35, label %42

35:                                               ; preds = %2, %34
  %36 = phi ptr [ %12, %34 ], [ %4, %2 ]
  %37 = getelementptr inbounds i8, ptr %0, i64 24
  %38 = load ptr, ptr %37, align 8, !tbaa !28
  %39 = icmp eq ptr %36, %38
  br i1 %39, label %67, label %40

40:                                               ; preds = %35
  %41 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %36) #22
  br label %42

42:                                               ; preds = %40, %34
  %43 = phi ptr [ %36, %40 ], [ %12, %34 ]
  %44 = phi ptr [ %41, %40 ], [ %12, %34 ]
  %45 = getelementptr inbounds i8, ptr %44, i64 40
  %46 = load i64, ptr %45, align 8, !tbaa !39
  %47 = getelementptr inbounds i8, ptr %1, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !39
  %49 = tail call i64 @llvm.umin.i64(i64 %48, i64 %46)
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %57, label %51

51:                                               ; preds = %42
  %52 = getelementptr inbounds i8, ptr %44, i64 32
  %53 = load ptr, ptr %1, align 8, !tbaa !36
  %54 = load ptr, ptr %52, align 8, !tbaa !36
  %55 = tail call i32 @memcmp(ptr noundef %54, ptr noundef %53, i64 noundef %49) #20
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %62

57:                                               ; preds = %51, %42
  %58 = sub i64 %46, %48
  %59 = tail call i64 @llvm.smax.i64(i64 %58, i64 -2147483648)
  %60 = tail call i64 @llvm.smin.i64(i64 %59, i64 2147483647)
  %61 = trunc nsw i64 %60 to i32
  br label %62

62:                                               ; preds = %51, %57
  %63 = phi i32 [ %55, %51 ], [ %61, %57 ]
  %64 = icmp slt i32 %63, 0
  %65 = select i1 %64, ptr null, ptr %44
  %66 = select i1 %64, ptr %43, ptr null
  br label %67

67:                                               ; preds = %62, %35
  %68 = phi ptr [ null, %35 ], [ %65, %62 ]
  %69 = phi ptr [ %36, %35 ], [ %66, %62 ]
  %70 = insertvalue { ptr, ptr } poison, ptr %68, 0
  %71 = insertvalue { ptr, ptr } %70, ptr %69, 1
  ret { ptr, ptr } %71
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: nounwind
declare void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext, ptr noundef, ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !32
  %6 = icmp eq ptr %5, null
  br i1 %6, label %107, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !39
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %101
  %12 = phi ptr [ %5, %7 ], [ %105, %101 ]
  %13 = phi ptr [ %4, %7 ], [ %103, %101 ]
  %14 = getelementptr inbounds i8, ptr %12, i64 40
  %15 = load i64, ptr %14, align 8, !tbaa !39
  %16 = tail call i64 @llvm.umin.i64(i64 %9, i64 %15)
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %23, label %18

18:                                               ; preds = %11
  %19 = getelementptr inbounds i8, ptr %12, i64 32
  %20 = load ptr, ptr %19, align 8, !tbaa !36
  %21 = tail call i32 @memcmp(ptr noundef %20, ptr noundef %10, i64 noundef %16) #20
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %26, label %29

23:                                               ; preds = %11
  %24 = sub i64 %15, %9
  %25 = icmp slt i64 %24, 0
  br i1 %25, label %101, label %34

26:                                               ; preds = %18
  %27 = sub i64 %15, %9
  %28 = icmp slt i64 %27, 0
  br i1 %28, label %101, label %31

29:                                               ; preds = %18
  %30 = icmp slt i32 %21, 0
  br i1 %30, label %101, label %31

31:                                               ; preds = %26, %29
  %32 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %20, i64 noundef %16) #20
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %39

34:                                               ; preds = %23, %31
  %35 = sub i64 %9, %15
  %36 = tail call i64 @llvm.smax.i64(i64 %35, i64 -2147483648)
  %37 = tail call i64 @llvm.smin.i64(i64 %36, i64 2147483647)
  %38 = trunc nsw i64 %37 to i32
  br label %39

39:                                               ; preds = %31, %34
  %40 = phi i32 [ %32, %31 ], [ %38, %34 ]
  %41 = icmp slt i32 %40, 0
  br i1 %41, label %101, label %42

42:                                               ; preds = %39
  %43 = getelementptr inbounds i8, ptr %12, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !121
  %45 = getelementptr inbounds i8, ptr %12, i64 24
  %46 = load ptr, ptr %45, align 8, !tbaa !120
  %47 = icmp eq ptr %44, null
  br i1 %47, label %73, label %48

48:                                               ; preds = %42, %65
  %49 = phi ptr [ %71, %65 ], [ %44, %42 ]
  %50 = phi ptr [ %68, %65 ], [ %12, %42 ]
  %51 = getelementptr inbounds i8, ptr %49, i64 40
  %52 = load i64, ptr %51, align 8, !tbaa !39
  %53 = tail call i64 @llvm.umin.i64(i64 %9, i64 %52)
  %54 = icmp eq i64 %53, 0
  br i1 %54, label %60, label %55

55:                                               ; preds = %48
  %56 = getelementptr inbounds i8, ptr %49, i64 32
  %57 = load ptr, ptr %56, align 8, !tbaa !36
  %58 = tail call i32 @memcmp(ptr noundef %57, ptr noundef %10, i64 noundef %53) #20
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %65

60:                                               ; preds = %55, %48
  %61 = sub i64 %52, %9
  %62 = tail call i64 @llvm.smax.i64(i64 %61, i64 -2147483648)
  %63 = tail call i64 @llvm.smin.i64(i64 %62, i64 2147483647)
  %64 = trunc nsw i64 %63 to i32
  br label %65

65:                                               ; preds = %60, %55
  %66 = phi i32 [ %58, %55 ], [ %64, %60 ]
  %67 = icmp slt i32 %66, 0
  %68 = select i1 %67, ptr %50, ptr %49
  %69 = select i1 %67, i64 24, i64 16
  %70 = getelementptr inbounds i8, ptr %49, i64 %69
  %71 = load ptr, ptr %70, align 8, !tbaa !32
  %72 = icmp eq ptr %71, null
  br i1 %72, label %73, label %48, !llvm.loop !40

73:                                               ; preds = %65, %42
  %74 = phi ptr [ %12, %42 ], [ %68, %65 ]
  %75 = icmp eq ptr %46, null
  br i1 %75, label %107, label %76

76:                                               ; preds = %73, %93
  %77 = phi ptr [ %99, %93 ], [ %46, %73 ]
  %78 = phi ptr [ %96, %93 ], [ %13, %73 ]
  %79 = getelementptr inbounds i8, ptr %77, i64 40
  %80 = load i64, ptr %79, align 8, !tbaa !39
  %81 = tail call i64 @llvm.umin.i64(i64 %80, i64 %9)
  %82 = icmp eq i64 %81, 0
  br i1 %82, label %88, label %83

83:                                               ; preds = %76
  %84 = getelementptr inbounds i8, ptr %77, i64 32
  %85 = load ptr, ptr %84, align 8, !tbaa !36
  %86 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %85, i64 noundef %81) #20
  %87 = icmp eq i32 %86, 0
  br i1 %87, label %88, label %93

88:                                               ; preds = %83, %76
  %89 = sub i64 %9, %80
  %90 = tail call i64 @llvm.smax.i64(i64 %89, i64 -2147483648)
  %91 = tail call i64 @llvm.smin.i64(i64 %90, i64 2147483647)
  %92 = trunc nsw i64 %91 to i32
  br label %93

93:                                               ; preds = %88, %83
  %94 = phi i32 [ %86, %83 ], [ %92, %88 ]
  %95 = icmp slt i32 %94, 0
  %96 = select i1 %95, ptr %77, ptr %78
  %97 = select i1 %95, i64 16, i64 24
  %98 = getelementptr inbounds i8, ptr %77, i64 %97
  %99 = load ptr, ptr %98, align 8, !tbaa !32
  %100 = icmp eq ptr %99, null
  br i1 %100, label %107, label %76, !llvm.loop !41

101:                                              ; preds = %39, %23, %29, %26
  %102 = phi i64 [ 24, %26 ], [ 24, %29 ], [ 24, %23 ], [ 16, %39 ]
  %103 = phi ptr [ %13, %26 ], [ %13, %29 ], [ %13, %23 ], [ %12, %39 ]
  %104 = getelementptr inbounds i8, ptr %12, i64 %102
  %105 = load ptr, ptr %104, align 8, !tbaa !32
  %106 = icmp eq ptr %105, null
  br i1 %106, label %107, label %11, !llvm.loop !161

107:                                              ; preds = %101, %93, %2, %73
  %108 = phi ptr [ %74, %73 ], [ %4, %2 ], [ %74, %93 ], [ %103, %101 ]
  %109 = phi ptr [ %13, %73 ], [ %4, %2 ], [ %96, %93 ], [ %103, %101 ]
  %110 = insertvalue { ptr, ptr } poison, ptr %108, 0
  %111 = insertvalue { ptr, ptr } %110, ptr %109, 1
  ret { ptr, ptr } %111
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr %2) local_unnamed_addr #4 comdat align 2 {
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  %5 = load ptr, ptr %4, align 8, !tbaa !28
  %6 = icmp eq ptr %5, %1
  br i1 %6, label %7, label %15

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = icmp eq ptr %8, %2
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !27
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %12)
  store ptr null, ptr %11, align 8, !tbaa !27
  store ptr %8, ptr %4, align 8, !tbaa !28
  %13 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %8, ptr %13, align 8, !tbaa !29
  %14 = getelementptr inbounds i8, ptr %0, i64 40
  store i64 0, ptr %14, align 8, !tbaa !30
  br label %35

15:                                               ; preds = %3, %7
  %16 = icmp eq ptr %1, %2
  br i1 %16, label %35, label %17

17:                                               ; preds = %15
  %18 = getelementptr inbounds i8, ptr %0, i64 8
  %19 = getelementptr inbounds i8, ptr %0, i64 40
  br label %20

20:                                               ; preds = %17, %31
  %21 = phi ptr [ %1, %17 ], [ %22, %31 ]
  %22 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef %21) #22
  %23 = tail call noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef %21, ptr noundef nonnull align 8 dereferenceable(32) %18) #20
  %24 = getelementptr inbounds i8, ptr %23, i64 32
  %25 = load ptr, ptr %24, align 8, !tbaa !36
  %26 = getelementptr inbounds i8, ptr %23, i64 48
  %27 = icmp eq ptr %25, %26
  br i1 %27, label %31, label %28

28:                                               ; preds = %20
  %29 = load i64, ptr %26, align 8, !tbaa !38
  %30 = add i64 %29, 1
  tail call void @_ZdlPvm(ptr noundef %25, i64 noundef %30) #21
  br label %31

31:                                               ; preds = %20, %28
  tail call void @_ZdlPvm(ptr noundef nonnull %23, i64 noundef 72) #21
  %32 = load i64, ptr %19, align 8, !tbaa !30
  %33 = add i64 %32, -1
  store i64 %33, ptr %19, align 8, !tbaa !30
  %34 = icmp eq ptr %22, %2
  br i1 %34, label %35, label %20, !llvm.loop !162

35:                                               ; preds = %31, %15, %10
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt8__detail9_Map_baseIiSt4pairIKiiESaIS3_ENS_10_Select1stESt8equal_toIiESt4hashIiENS_18_Mod_range_hashingENS_20_Default_ranged_hashENS_20_Prime_rehash_policyENS_17_Hashtable_traitsILb0ELb0ELb1EEELb1EEixEOi(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = load i32, ptr %1, align 4, !tbaa !5
  %4 = sext i32 %3 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load i64, ptr %5, align 8
  %7 = urem i64 %4, %6
  %8 = load ptr, ptr %0, align 8, !tbaa !43
  %9 = getelementptr inbounds ptr, ptr %8, i64 %7
  %10 = load ptr, ptr %9, align 8, !tbaa !32
  %11 = icmp eq ptr %10, null
  br i1 %11, label %29, label %12

12:                                               ; preds = %2
  %13 = load ptr, ptr %10, align 8, !tbaa !51
  %14 = getelementptr inbounds i8, ptr %13, i64 8
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = icmp eq i32 %3, %15
  br i1 %16, label %69, label %19

17:                                               ; preds = %23
  %18 = icmp eq i32 %3, %25
  br i1 %18, label %69, label %19, !llvm.loop !163

19:                                               ; preds = %12, %17
  %20 = phi ptr [ %21, %17 ], [ %13, %12 ]
  %21 = load ptr, ptr %20, align 8, !tbaa !51
  %22 = icmp eq ptr %21, null
  br i1 %22, label %29, label %23

23:                                               ; preds = %19
  %24 = getelementptr inbounds i8, ptr %21, i64 8
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = urem i64 %26, %6
  %28 = icmp eq i64 %27, %7
  br i1 %28, label %17, label %29, !llvm.loop !163

29:                                               ; preds = %23, %19, %2
  %30 = tail call noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #19
  %31 = getelementptr inbounds i8, ptr %30, i64 8
  store i32 %3, ptr %31, align 4, !tbaa !164
  %32 = getelementptr inbounds i8, ptr %30, i64 12
  store i32 0, ptr %32, align 4, !tbaa !166
  %33 = getelementptr inbounds i8, ptr %0, i64 32
  %34 = getelementptr inbounds i8, ptr %0, i64 24
  %35 = load i64, ptr %34, align 8, !tbaa !65
  %36 = tail call { i8, i64 } @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %33, i64 noundef %6, i64 noundef %35, i64 noundef 1) #20
  %37 = extractvalue { i8, i64 } %36, 0
  %38 = trunc i8 %37 to i1
  br i1 %38, label %39, label %43

39:                                               ; preds = %29
  %40 = extractvalue { i8, i64 } %36, 1
  tail call void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %40)
  %41 = load i64, ptr %5, align 8, !tbaa !48
  %42 = urem i64 %4, %41
  br label %43

43:                                               ; preds = %39, %29
  %44 = phi i64 [ %42, %39 ], [ %7, %29 ]
  %45 = load ptr, ptr %0, align 8, !tbaa !43
  %46 = getelementptr inbounds ptr, ptr %45, i64 %44
  %47 = load ptr, ptr %46, align 8, !tbaa !32
  %48 = icmp eq ptr %47, null
  br i1 %48, label %51, label %49

49:                                               ; preds = %43
  %50 = load ptr, ptr %47, align 8, !tbaa !51
  store ptr %50, ptr %30, align 8, !tbaa !51
  store ptr %30, ptr %47, align 8, !tbaa !51
  br label %66

51:                                               ; preds = %43
  %52 = getelementptr inbounds i8, ptr %0, i64 16
  %53 = load ptr, ptr %52, align 8, !tbaa !50
  store ptr %53, ptr %30, align 8, !tbaa !51
  store ptr %30, ptr %52, align 8, !tbaa !50
  %54 = icmp eq ptr %53, null
  br i1 %54, label %63, label %55

55:                                               ; preds = %51
  %56 = getelementptr inbounds i8, ptr %53, i64 8
  %57 = load i64, ptr %5, align 8, !tbaa !48
  %58 = load i32, ptr %56, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = urem i64 %59, %57
  %61 = getelementptr inbounds ptr, ptr %45, i64 %60
  store ptr %30, ptr %61, align 8, !tbaa !32
  %62 = load ptr, ptr %0, align 8, !tbaa !43
  br label %63

63:                                               ; preds = %55, %51
  %64 = phi ptr [ %62, %55 ], [ %45, %51 ]
  %65 = getelementptr inbounds ptr, ptr %64, i64 %44
  store ptr %52, ptr %65, align 8, !tbaa !32
  br label %66

66:                                               ; preds = %63, %49
  %67 = load i64, ptr %34, align 8, !tbaa !65
  %68 = add i64 %67, 1
  store i64 %68, ptr %34, align 8, !tbaa !65
  br label %69

69:                                               ; preds = %17, %12, %66
  %70 = phi ptr [ %30, %66 ], [ %13, %12 ], [ %21, %17 ]
  %71 = getelementptr inbounds i8, ptr %70, i64 12
  ret ptr %71
}

declare { i8, i64 } @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16), i64 noundef, i64 noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1) local_unnamed_addr #4 comdat align 2 {
  %3 = icmp eq i64 %1, 1
  br i1 %3, label %4, label %6, !prof !9

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %5, align 8, !tbaa !167
  br label %15

6:                                                ; preds = %2
  %7 = icmp ugt i64 %1, 1152921504606846975
  br i1 %7, label %8, label %12, !prof !9

8:                                                ; preds = %6
  %9 = icmp ugt i64 %1, 2305843009213693951
  br i1 %9, label %10, label %11

10:                                               ; preds = %8
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

11:                                               ; preds = %8
  tail call void @_ZSt17__throw_bad_allocv() #18
  unreachable

12:                                               ; preds = %6
  %13 = shl nuw nsw i64 %1, 3
  %14 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %13) #19
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %14, i8 0, i64 %13, i1 false)
  br label %15

15:                                               ; preds = %4, %12
  %16 = phi ptr [ %5, %4 ], [ %14, %12 ]
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !50
  store ptr null, ptr %17, align 8, !tbaa !50
  %19 = icmp eq ptr %18, null
  br i1 %19, label %46, label %20

20:                                               ; preds = %15, %43
  %21 = phi ptr [ %23, %43 ], [ %18, %15 ]
  %22 = phi i64 [ %44, %43 ], [ 0, %15 ]
  %23 = load ptr, ptr %21, align 8, !tbaa !51
  %24 = getelementptr inbounds i8, ptr %21, i64 8
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = urem i64 %26, %1
  %28 = getelementptr inbounds ptr, ptr %16, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !32
  %30 = icmp eq ptr %29, null
  br i1 %30, label %31, label %37

31:                                               ; preds = %20
  %32 = load ptr, ptr %17, align 8, !tbaa !50
  store ptr %32, ptr %21, align 8, !tbaa !51
  store ptr %21, ptr %17, align 8, !tbaa !50
  store ptr %17, ptr %28, align 8, !tbaa !32
  %33 = load ptr, ptr %21, align 8, !tbaa !51
  %34 = icmp eq ptr %33, null
  br i1 %34, label %43, label %35

35:                                               ; preds = %31
  %36 = getelementptr inbounds ptr, ptr %16, i64 %22
  br label %40

37:                                               ; preds = %20
  %38 = load ptr, ptr %29, align 8, !tbaa !51
  store ptr %38, ptr %21, align 8, !tbaa !51
  %39 = load ptr, ptr %28, align 8, !tbaa !32
  br label %40

40:                                               ; preds = %37, %35
  %41 = phi ptr [ %36, %35 ], [ %39, %37 ]
  %42 = phi i64 [ %27, %35 ], [ %22, %37 ]
  store ptr %21, ptr %41, align 8, !tbaa !32
  br label %43

43:                                               ; preds = %40, %31
  %44 = phi i64 [ %27, %31 ], [ %42, %40 ]
  %45 = icmp eq ptr %23, null
  br i1 %45, label %46, label %20, !llvm.loop !168

46:                                               ; preds = %43, %15
  %47 = load ptr, ptr %0, align 8, !tbaa !43
  %48 = getelementptr inbounds i8, ptr %0, i64 48
  %49 = icmp eq ptr %48, %47
  br i1 %49, label %54, label %50

50:                                               ; preds = %46
  %51 = getelementptr inbounds i8, ptr %0, i64 8
  %52 = load i64, ptr %51, align 8, !tbaa !48
  %53 = shl i64 %52, 3
  tail call void @_ZdlPvm(ptr noundef %47, i64 noundef %53) #21
  br label %54

54:                                               ; preds = %46, %50
  %55 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %55, align 8, !tbaa !48
  store ptr %16, ptr %0, align 8, !tbaa !43
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(ptr %0, ptr %1, i64 noundef %2) unnamed_addr #14 {
  %4 = ptrtoint ptr %0 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = sub i64 %5, %4
  %7 = ashr exact i64 %6, 3
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %288

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %14, label %188

12:                                               ; preds = %283
  %13 = icmp eq i64 %192, 0
  br i1 %13, label %14, label %188, !llvm.loop !169

14:                                               ; preds = %12, %9
  %15 = phi i64 [ %7, %9 ], [ %286, %12 ]
  %16 = phi i64 [ %6, %9 ], [ %285, %12 ]
  %17 = phi ptr [ %1, %9 ], [ %258, %12 ]
  %18 = add nsw i64 %15, -2
  %19 = lshr i64 %18, 1
  %20 = add nsw i64 %15, -1
  %21 = lshr i64 %20, 1
  %22 = and i64 %16, 8
  %23 = icmp eq i64 %22, 0
  %24 = or disjoint i64 %18, 1
  %25 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %24
  %26 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %19
  br label %27

27:                                               ; preds = %90, %14
  %28 = phi i64 [ %19, %14 ], [ %97, %90 ]
  %29 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %28
  %30 = load i64, ptr %29, align 4
  %31 = icmp sgt i64 %21, %28
  br i1 %31, label %32, label %56

32:                                               ; preds = %27, %32
  %33 = phi i64 [ %51, %32 ], [ %28, %27 ]
  %34 = shl i64 %33, 1
  %35 = add i64 %34, 2
  %36 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %35
  %37 = or disjoint i64 %34, 1
  %38 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %37
  %39 = load i64, ptr %36, align 4
  %40 = load i64, ptr %38, align 4
  %41 = lshr i64 %39, 32
  %42 = lshr i64 %40, 32
  %43 = icmp eq i64 %41, %42
  %44 = trunc nuw i64 %42 to i32
  %45 = trunc nuw i64 %41 to i32
  %46 = icmp sgt i32 %45, %44
  %47 = trunc i64 %40 to i32
  %48 = trunc i64 %39 to i32
  %49 = icmp slt i32 %48, %47
  %50 = select i1 %43, i1 %49, i1 %46
  %51 = select i1 %50, i64 %37, i64 %35
  %52 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %51
  %53 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %33
  %54 = load <2 x i32>, ptr %52, align 4, !tbaa !5
  store <2 x i32> %54, ptr %53, align 4, !tbaa !5
  %55 = icmp slt i64 %51, %21
  br i1 %55, label %32, label %56, !llvm.loop !170

56:                                               ; preds = %32, %27
  %57 = phi i64 [ %28, %27 ], [ %51, %32 ]
  %58 = icmp eq i64 %57, %19
  %59 = select i1 %23, i1 %58, i1 false
  br i1 %59, label %60, label %62

60:                                               ; preds = %56
  %61 = load <2 x i32>, ptr %25, align 4, !tbaa !5
  store <2 x i32> %61, ptr %26, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %60, %56
  %63 = phi i64 [ %24, %60 ], [ %57, %56 ]
  %64 = icmp sgt i64 %63, %28
  br i1 %64, label %69, label %65

65:                                               ; preds = %62
  %66 = trunc i64 %30 to i32
  %67 = lshr i64 %30, 32
  %68 = trunc nuw i64 %67 to i32
  br label %90

69:                                               ; preds = %62
  %70 = lshr i64 %30, 32
  %71 = trunc nuw i64 %70 to i32
  %72 = trunc i64 %30 to i32
  br label %73

73:                                               ; preds = %86, %69
  %74 = phi i64 [ %63, %69 ], [ %76, %86 ]
  %75 = add nsw i64 %74, -1
  %76 = sdiv i64 %75, 2
  %77 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %76
  %78 = load i64, ptr %77, align 4
  %79 = lshr i64 %78, 32
  %80 = icmp eq i64 %79, %70
  %81 = trunc nuw i64 %79 to i32
  %82 = icmp sgt i32 %81, %71
  %83 = trunc i64 %78 to i32
  %84 = icmp slt i32 %83, %72
  %85 = select i1 %80, i1 %84, i1 %82
  br i1 %85, label %86, label %90

86:                                               ; preds = %73
  %87 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %74
  store i32 %83, ptr %87, align 4, !tbaa !54
  %88 = getelementptr inbounds i8, ptr %87, i64 4
  store i32 %81, ptr %88, align 4, !tbaa !56
  %89 = icmp sgt i64 %76, %28
  br i1 %89, label %73, label %90, !llvm.loop !171

90:                                               ; preds = %86, %73, %65
  %91 = phi i32 [ %68, %65 ], [ %71, %73 ], [ %71, %86 ]
  %92 = phi i32 [ %66, %65 ], [ %72, %73 ], [ %72, %86 ]
  %93 = phi i64 [ %63, %65 ], [ %76, %86 ], [ %74, %73 ]
  %94 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %93
  store i32 %92, ptr %94, align 4, !tbaa !54
  %95 = getelementptr inbounds i8, ptr %94, i64 4
  store i32 %91, ptr %95, align 4, !tbaa !56
  %96 = icmp eq i64 %28, 0
  %97 = add nsw i64 %28, -1
  br i1 %96, label %98, label %27, !llvm.loop !172

98:                                               ; preds = %90
  %99 = icmp sgt i64 %16, 8
  br i1 %99, label %100, label %288

100:                                              ; preds = %98
  %101 = getelementptr inbounds i8, ptr %0, i64 4
  br label %102

102:                                              ; preds = %181, %100
  %103 = phi ptr [ %17, %100 ], [ %104, %181 ]
  %104 = getelementptr inbounds i8, ptr %103, i64 -8
  %105 = load i64, ptr %104, align 4
  %106 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %106, ptr %104, align 4, !tbaa !54
  %107 = load i32, ptr %101, align 4, !tbaa !5
  %108 = getelementptr inbounds i8, ptr %103, i64 -4
  store i32 %107, ptr %108, align 4, !tbaa !56
  %109 = ptrtoint ptr %104 to i64
  %110 = sub i64 %109, %4
  %111 = ashr exact i64 %110, 3
  %112 = add nsw i64 %111, -1
  %113 = sdiv i64 %112, 2
  %114 = icmp sgt i64 %111, 2
  br i1 %114, label %115, label %139

115:                                              ; preds = %102, %115
  %116 = phi i64 [ %134, %115 ], [ 0, %102 ]
  %117 = shl i64 %116, 1
  %118 = add i64 %117, 2
  %119 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %118
  %120 = or disjoint i64 %117, 1
  %121 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %120
  %122 = load i64, ptr %119, align 4
  %123 = load i64, ptr %121, align 4
  %124 = lshr i64 %122, 32
  %125 = lshr i64 %123, 32
  %126 = icmp eq i64 %124, %125
  %127 = trunc nuw i64 %125 to i32
  %128 = trunc nuw i64 %124 to i32
  %129 = icmp sgt i32 %128, %127
  %130 = trunc i64 %123 to i32
  %131 = trunc i64 %122 to i32
  %132 = icmp slt i32 %131, %130
  %133 = select i1 %126, i1 %132, i1 %129
  %134 = select i1 %133, i64 %120, i64 %118
  %135 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %134
  %136 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %116
  %137 = load <2 x i32>, ptr %135, align 4, !tbaa !5
  store <2 x i32> %137, ptr %136, align 4, !tbaa !5
  %138 = icmp slt i64 %134, %113
  br i1 %138, label %115, label %139, !llvm.loop !170

139:                                              ; preds = %115, %102
  %140 = phi i64 [ 0, %102 ], [ %134, %115 ]
  %141 = and i64 %110, 8
  %142 = icmp eq i64 %141, 0
  br i1 %142, label %143, label %153

143:                                              ; preds = %139
  %144 = add nsw i64 %111, -2
  %145 = ashr exact i64 %144, 1
  %146 = icmp eq i64 %140, %145
  br i1 %146, label %147, label %153

147:                                              ; preds = %143
  %148 = shl nsw i64 %140, 1
  %149 = or disjoint i64 %148, 1
  %150 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %149
  %151 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %140
  %152 = load <2 x i32>, ptr %150, align 4, !tbaa !5
  store <2 x i32> %152, ptr %151, align 4, !tbaa !5
  br label %153

153:                                              ; preds = %147, %143, %139
  %154 = phi i64 [ %149, %147 ], [ %140, %143 ], [ %140, %139 ]
  %155 = icmp sgt i64 %154, 0
  br i1 %155, label %160, label %156

156:                                              ; preds = %153
  %157 = trunc i64 %105 to i32
  %158 = lshr i64 %105, 32
  %159 = trunc nuw i64 %158 to i32
  br label %181

160:                                              ; preds = %153
  %161 = lshr i64 %105, 32
  %162 = trunc nuw i64 %161 to i32
  %163 = trunc i64 %105 to i32
  br label %164

164:                                              ; preds = %177, %160
  %165 = phi i64 [ %154, %160 ], [ %167, %177 ]
  %166 = add nsw i64 %165, -1
  %167 = lshr i64 %166, 1
  %168 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %167
  %169 = load i64, ptr %168, align 4
  %170 = lshr i64 %169, 32
  %171 = icmp eq i64 %170, %161
  %172 = trunc nuw i64 %170 to i32
  %173 = icmp sgt i32 %172, %162
  %174 = trunc i64 %169 to i32
  %175 = icmp slt i32 %174, %163
  %176 = select i1 %171, i1 %175, i1 %173
  br i1 %176, label %177, label %181

177:                                              ; preds = %164
  %178 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %165
  store i32 %174, ptr %178, align 4, !tbaa !54
  %179 = getelementptr inbounds i8, ptr %178, i64 4
  store i32 %172, ptr %179, align 4, !tbaa !56
  %180 = icmp ult i64 %166, 2
  br i1 %180, label %181, label %164, !llvm.loop !171

181:                                              ; preds = %177, %164, %156
  %182 = phi i32 [ %159, %156 ], [ %162, %164 ], [ %162, %177 ]
  %183 = phi i32 [ %157, %156 ], [ %163, %164 ], [ %163, %177 ]
  %184 = phi i64 [ %154, %156 ], [ 0, %177 ], [ %165, %164 ]
  %185 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %184
  store i32 %183, ptr %185, align 4, !tbaa !54
  %186 = getelementptr inbounds i8, ptr %185, i64 4
  store i32 %182, ptr %186, align 4, !tbaa !56
  %187 = icmp sgt i64 %110, 8
  br i1 %187, label %102, label %288, !llvm.loop !173

188:                                              ; preds = %9, %12
  %189 = phi ptr [ %258, %12 ], [ %1, %9 ]
  %190 = phi i64 [ %192, %12 ], [ %2, %9 ]
  %191 = phi i64 [ %286, %12 ], [ %7, %9 ]
  %192 = add nsw i64 %190, -1
  %193 = lshr i64 %191, 1
  %194 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %193
  %195 = getelementptr inbounds i8, ptr %189, i64 -8
  %196 = load i64, ptr %10, align 4
  %197 = load i64, ptr %194, align 4
  %198 = lshr i64 %196, 32
  %199 = lshr i64 %197, 32
  %200 = icmp eq i64 %198, %199
  %201 = trunc nuw i64 %199 to i32
  %202 = trunc nuw i64 %198 to i32
  %203 = icmp sgt i32 %202, %201
  %204 = trunc i64 %197 to i32
  %205 = trunc i64 %196 to i32
  %206 = icmp slt i32 %205, %204
  %207 = select i1 %200, i1 %206, i1 %203
  %208 = load i64, ptr %195, align 4
  %209 = lshr i64 %208, 32
  %210 = trunc nuw i64 %209 to i32
  %211 = trunc i64 %208 to i32
  br i1 %207, label %212, label %227

212:                                              ; preds = %188
  %213 = icmp eq i64 %199, %209
  %214 = icmp sgt i32 %201, %210
  %215 = icmp slt i32 %204, %211
  %216 = select i1 %213, i1 %215, i1 %214
  br i1 %216, label %217, label %219

217:                                              ; preds = %212
  %218 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %204, ptr %0, align 4, !tbaa !5
  store i32 %218, ptr %194, align 4, !tbaa !5
  br label %242

219:                                              ; preds = %212
  %220 = icmp eq i64 %198, %209
  %221 = icmp sgt i32 %202, %210
  %222 = icmp slt i32 %205, %211
  %223 = select i1 %220, i1 %222, i1 %221
  %224 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %223, label %225, label %226

225:                                              ; preds = %219
  store i32 %211, ptr %0, align 4, !tbaa !5
  store i32 %224, ptr %195, align 4, !tbaa !5
  br label %242

226:                                              ; preds = %219
  store i32 %205, ptr %0, align 4, !tbaa !5
  store i32 %224, ptr %10, align 4, !tbaa !5
  br label %242

227:                                              ; preds = %188
  %228 = icmp eq i64 %198, %209
  %229 = icmp sgt i32 %202, %210
  %230 = icmp slt i32 %205, %211
  %231 = select i1 %228, i1 %230, i1 %229
  br i1 %231, label %232, label %234

232:                                              ; preds = %227
  %233 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %205, ptr %0, align 4, !tbaa !5
  store i32 %233, ptr %10, align 4, !tbaa !5
  br label %242

234:                                              ; preds = %227
  %235 = icmp eq i64 %199, %209
  %236 = icmp sgt i32 %201, %210
  %237 = icmp slt i32 %204, %211
  %238 = select i1 %235, i1 %237, i1 %236
  %239 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %238, label %240, label %241

240:                                              ; preds = %234
  store i32 %211, ptr %0, align 4, !tbaa !5
  store i32 %239, ptr %195, align 4, !tbaa !5
  br label %242

241:                                              ; preds = %234
  store i32 %204, ptr %0, align 4, !tbaa !5
  store i32 %239, ptr %194, align 4, !tbaa !5
  br label %242

242:                                              ; preds = %241, %240, %232, %226, %225, %217
  %243 = phi ptr [ %10, %232 ], [ %194, %241 ], [ %195, %240 ], [ %194, %217 ], [ %10, %226 ], [ %195, %225 ]
  %244 = getelementptr inbounds i8, ptr %243, i64 4
  br label %245

245:                                              ; preds = %281, %242
  %246 = phi ptr [ %258, %281 ], [ %0, %242 ]
  %247 = phi ptr [ %282, %281 ], [ %244, %242 ]
  %248 = phi ptr [ %267, %281 ], [ %10, %242 ]
  %249 = phi ptr [ %270, %281 ], [ %189, %242 ]
  %250 = getelementptr inbounds i8, ptr %246, i64 4
  %251 = load i32, ptr %250, align 4, !tbaa !5
  %252 = load i32, ptr %247, align 4, !tbaa !5
  store i32 %252, ptr %250, align 4, !tbaa !5
  store i32 %251, ptr %247, align 4, !tbaa !5
  %253 = load i64, ptr %0, align 4
  %254 = lshr i64 %253, 32
  %255 = trunc nuw i64 %254 to i32
  %256 = trunc i64 %253 to i32
  br label %257

257:                                              ; preds = %257, %245
  %258 = phi ptr [ %248, %245 ], [ %267, %257 ]
  %259 = load i64, ptr %258, align 4
  %260 = lshr i64 %259, 32
  %261 = icmp eq i64 %260, %254
  %262 = trunc nuw i64 %260 to i32
  %263 = icmp sgt i32 %262, %255
  %264 = trunc i64 %259 to i32
  %265 = icmp slt i32 %264, %256
  %266 = select i1 %261, i1 %265, i1 %263
  %267 = getelementptr inbounds i8, ptr %258, i64 8
  br i1 %266, label %257, label %268, !llvm.loop !174

268:                                              ; preds = %257, %268
  %269 = phi ptr [ %270, %268 ], [ %249, %257 ]
  %270 = getelementptr inbounds i8, ptr %269, i64 -8
  %271 = load i64, ptr %270, align 4
  %272 = lshr i64 %271, 32
  %273 = icmp eq i64 %254, %272
  %274 = trunc nuw i64 %272 to i32
  %275 = icmp sgt i32 %255, %274
  %276 = trunc i64 %271 to i32
  %277 = icmp slt i32 %256, %276
  %278 = select i1 %273, i1 %277, i1 %275
  br i1 %278, label %268, label %279, !llvm.loop !175

279:                                              ; preds = %268
  %280 = icmp ult ptr %258, %270
  br i1 %280, label %281, label %283

281:                                              ; preds = %279
  store i32 %276, ptr %258, align 4, !tbaa !5
  store i32 %264, ptr %270, align 4, !tbaa !5
  %282 = getelementptr inbounds i8, ptr %269, i64 -4
  br label %245, !llvm.loop !176

283:                                              ; preds = %279
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(ptr nonnull %258, ptr %189, i64 noundef %192)
  %284 = ptrtoint ptr %258 to i64
  %285 = sub i64 %284, %4
  %286 = ashr exact i64 %285, 3
  %287 = icmp sgt i64 %286, 16
  br i1 %287, label %12, label %288, !llvm.loop !169

288:                                              ; preds = %283, %181, %3, %98
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local { ptr, i8 } @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %0, ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %2, ptr noundef nonnull align 8 dereferenceable(8) %3) local_unnamed_addr #4 comdat align 2 {
  %5 = getelementptr inbounds i8, ptr %0, i64 24
  %6 = load i64, ptr %5, align 8, !tbaa !69
  %7 = icmp ugt i64 %6, 20
  br i1 %7, label %8, label %10

8:                                                ; preds = %4
  %9 = load ptr, ptr %1, align 8, !tbaa !36
  br label %33

10:                                               ; preds = %4
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !51
  %13 = icmp eq ptr %12, null
  %14 = load ptr, ptr %1, align 8
  br i1 %13, label %33, label %15

15:                                               ; preds = %10
  %16 = getelementptr inbounds i8, ptr %1, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !39
  %18 = icmp eq i64 %17, 0
  br label %19

19:                                               ; preds = %15, %30
  %20 = phi ptr [ %12, %15 ], [ %31, %30 ]
  %21 = getelementptr inbounds i8, ptr %20, i64 8
  %22 = getelementptr inbounds i8, ptr %20, i64 16
  %23 = load i64, ptr %22, align 8, !tbaa !39
  %24 = icmp eq i64 %17, %23
  br i1 %24, label %25, label %30

25:                                               ; preds = %19
  br i1 %18, label %134, label %26

26:                                               ; preds = %25
  %27 = load ptr, ptr %21, align 8, !tbaa !36
  %28 = tail call i32 @bcmp(ptr %14, ptr %27, i64 %17)
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %134, label %30

30:                                               ; preds = %19, %26
  %31 = load ptr, ptr %20, align 8, !tbaa !51
  %32 = icmp eq ptr %31, null
  br i1 %32, label %33, label %19, !llvm.loop !177

33:                                               ; preds = %30, %8, %10
  %34 = phi ptr [ %9, %8 ], [ %14, %10 ], [ %14, %30 ]
  %35 = getelementptr inbounds i8, ptr %1, i64 8
  %36 = load i64, ptr %35, align 8, !tbaa !39
  %37 = tail call noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef %34, i64 noundef %36, i64 noundef 3339675911) #20
  %38 = getelementptr inbounds i8, ptr %0, i64 8
  %39 = load i64, ptr %38, align 8
  %40 = urem i64 %37, %39
  %41 = load i64, ptr %5, align 8, !tbaa !69
  %42 = icmp ugt i64 %41, 20
  br i1 %42, label %45, label %43

43:                                               ; preds = %33
  %44 = load ptr, ptr %1, align 8, !tbaa !36
  br label %79

45:                                               ; preds = %33
  %46 = load ptr, ptr %0, align 8, !tbaa !66
  %47 = getelementptr inbounds ptr, ptr %46, i64 %40
  %48 = load ptr, ptr %47, align 8, !tbaa !32
  %49 = icmp eq ptr %48, null
  %50 = load ptr, ptr %1, align 8
  br i1 %49, label %79, label %51

51:                                               ; preds = %45
  %52 = load ptr, ptr %48, align 8, !tbaa !51
  %53 = load i64, ptr %35, align 8
  %54 = icmp eq i64 %53, 0
  %55 = getelementptr inbounds i8, ptr %52, i64 40
  %56 = load i64, ptr %55, align 8, !tbaa !178
  br label %57

57:                                               ; preds = %74, %51
  %58 = phi i64 [ %56, %51 ], [ %76, %74 ]
  %59 = phi ptr [ %52, %51 ], [ %72, %74 ]
  %60 = getelementptr inbounds i8, ptr %59, i64 8
  %61 = icmp eq i64 %58, %37
  br i1 %61, label %62, label %71

62:                                               ; preds = %57
  %63 = getelementptr inbounds i8, ptr %59, i64 16
  %64 = load i64, ptr %63, align 8, !tbaa !39
  %65 = icmp eq i64 %53, %64
  br i1 %65, label %66, label %71

66:                                               ; preds = %62
  br i1 %54, label %134, label %67

67:                                               ; preds = %66
  %68 = load ptr, ptr %60, align 8, !tbaa !36
  %69 = tail call i32 @bcmp(ptr %50, ptr %68, i64 %53)
  %70 = icmp eq i32 %69, 0
  br i1 %70, label %134, label %71

71:                                               ; preds = %67, %62, %57
  %72 = load ptr, ptr %59, align 8, !tbaa !51
  %73 = icmp eq ptr %72, null
  br i1 %73, label %79, label %74

74:                                               ; preds = %71
  %75 = getelementptr inbounds i8, ptr %72, i64 40
  %76 = load i64, ptr %75, align 8, !tbaa !178
  %77 = urem i64 %76, %39
  %78 = icmp eq i64 %77, %40
  br i1 %78, label %57, label %79, !llvm.loop !180

79:                                               ; preds = %74, %71, %43, %45
  %80 = phi ptr [ %44, %43 ], [ %50, %45 ], [ %50, %71 ], [ %50, %74 ]
  %81 = tail call noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #19
  store ptr null, ptr %81, align 8, !tbaa !51
  %82 = getelementptr inbounds i8, ptr %81, i64 8
  %83 = getelementptr inbounds i8, ptr %81, i64 24
  store ptr %83, ptr %82, align 8, !tbaa !33
  %84 = getelementptr inbounds i8, ptr %1, i64 16
  %85 = icmp eq ptr %80, %84
  br i1 %85, label %86, label %91

86:                                               ; preds = %79
  %87 = load i64, ptr %35, align 8, !tbaa !39
  %88 = add i64 %87, 1
  %89 = icmp eq i64 %88, 0
  br i1 %89, label %94, label %90

90:                                               ; preds = %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %83, ptr nonnull align 8 %84, i64 %88, i1 false)
  br label %94

91:                                               ; preds = %79
  store ptr %80, ptr %82, align 8, !tbaa !36
  %92 = load i64, ptr %84, align 8, !tbaa !38
  store i64 %92, ptr %83, align 8, !tbaa !38
  %93 = load i64, ptr %35, align 8, !tbaa !39
  br label %94

94:                                               ; preds = %86, %90, %91
  %95 = phi i64 [ -1, %86 ], [ %87, %90 ], [ %93, %91 ]
  %96 = getelementptr inbounds i8, ptr %81, i64 16
  store i64 %95, ptr %96, align 8, !tbaa !39
  store ptr %84, ptr %1, align 8, !tbaa !36
  store i64 0, ptr %35, align 8, !tbaa !39
  store i8 0, ptr %84, align 8, !tbaa !38
  %97 = getelementptr inbounds i8, ptr %0, i64 32
  %98 = load i64, ptr %38, align 8, !tbaa !68
  %99 = load i64, ptr %5, align 8, !tbaa !69
  %100 = tail call { i8, i64 } @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %97, i64 noundef %98, i64 noundef %99, i64 noundef 1) #20
  %101 = extractvalue { i8, i64 } %100, 0
  %102 = trunc i8 %101 to i1
  br i1 %102, label %103, label %107

103:                                              ; preds = %94
  %104 = extractvalue { i8, i64 } %100, 1
  tail call void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %104)
  %105 = load i64, ptr %38, align 8, !tbaa !68
  %106 = urem i64 %37, %105
  br label %107

107:                                              ; preds = %103, %94
  %108 = phi i64 [ %106, %103 ], [ %40, %94 ]
  %109 = getelementptr inbounds i8, ptr %81, i64 40
  store i64 %37, ptr %109, align 8, !tbaa !178
  %110 = load ptr, ptr %0, align 8, !tbaa !66
  %111 = getelementptr inbounds ptr, ptr %110, i64 %108
  %112 = load ptr, ptr %111, align 8, !tbaa !32
  %113 = icmp eq ptr %112, null
  br i1 %113, label %117, label %114

114:                                              ; preds = %107
  %115 = load ptr, ptr %112, align 8, !tbaa !51
  store ptr %115, ptr %81, align 8, !tbaa !51
  %116 = load ptr, ptr %111, align 8, !tbaa !32
  store ptr %81, ptr %116, align 8, !tbaa !51
  br label %131

117:                                              ; preds = %107
  %118 = getelementptr inbounds i8, ptr %0, i64 16
  %119 = load ptr, ptr %118, align 8, !tbaa !108
  store ptr %119, ptr %81, align 8, !tbaa !51
  store ptr %81, ptr %118, align 8, !tbaa !108
  %120 = icmp eq ptr %119, null
  br i1 %120, label %128, label %121

121:                                              ; preds = %117
  %122 = load i64, ptr %38, align 8, !tbaa !68
  %123 = getelementptr inbounds i8, ptr %119, i64 40
  %124 = load i64, ptr %123, align 8, !tbaa !178
  %125 = urem i64 %124, %122
  %126 = getelementptr inbounds ptr, ptr %110, i64 %125
  store ptr %81, ptr %126, align 8, !tbaa !32
  %127 = load ptr, ptr %0, align 8, !tbaa !66
  br label %128

128:                                              ; preds = %121, %117
  %129 = phi ptr [ %127, %121 ], [ %110, %117 ]
  %130 = getelementptr inbounds ptr, ptr %129, i64 %108
  store ptr %118, ptr %130, align 8, !tbaa !32
  br label %131

131:                                              ; preds = %128, %114
  %132 = load i64, ptr %5, align 8, !tbaa !69
  %133 = add i64 %132, 1
  store i64 %133, ptr %5, align 8, !tbaa !69
  br label %134

134:                                              ; preds = %26, %25, %66, %67, %131
  %135 = phi ptr [ %81, %131 ], [ %59, %67 ], [ %59, %66 ], [ %20, %25 ], [ %20, %26 ]
  %136 = phi i8 [ 1, %131 ], [ 0, %67 ], [ 0, %66 ], [ 0, %25 ], [ 0, %26 ]
  %137 = insertvalue { ptr, i8 } poison, ptr %135, 0
  %138 = insertvalue { ptr, i8 } %137, i8 %136, 1
  ret { ptr, i8 } %138
}

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1) local_unnamed_addr #4 comdat align 2 {
  %3 = icmp eq i64 %1, 1
  br i1 %3, label %4, label %6, !prof !9

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %5, align 8, !tbaa !181
  br label %15

6:                                                ; preds = %2
  %7 = icmp ugt i64 %1, 1152921504606846975
  br i1 %7, label %8, label %12, !prof !9

8:                                                ; preds = %6
  %9 = icmp ugt i64 %1, 2305843009213693951
  br i1 %9, label %10, label %11

10:                                               ; preds = %8
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

11:                                               ; preds = %8
  tail call void @_ZSt17__throw_bad_allocv() #18
  unreachable

12:                                               ; preds = %6
  %13 = shl nuw nsw i64 %1, 3
  %14 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %13) #19
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %14, i8 0, i64 %13, i1 false)
  br label %15

15:                                               ; preds = %4, %12
  %16 = phi ptr [ %5, %4 ], [ %14, %12 ]
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !108
  store ptr null, ptr %17, align 8, !tbaa !108
  %19 = icmp eq ptr %18, null
  br i1 %19, label %45, label %20

20:                                               ; preds = %15, %42
  %21 = phi ptr [ %23, %42 ], [ %18, %15 ]
  %22 = phi i64 [ %43, %42 ], [ 0, %15 ]
  %23 = load ptr, ptr %21, align 8, !tbaa !51
  %24 = getelementptr inbounds i8, ptr %21, i64 40
  %25 = load i64, ptr %24, align 8, !tbaa !178
  %26 = urem i64 %25, %1
  %27 = getelementptr inbounds ptr, ptr %16, i64 %26
  %28 = load ptr, ptr %27, align 8, !tbaa !32
  %29 = icmp eq ptr %28, null
  br i1 %29, label %30, label %36

30:                                               ; preds = %20
  %31 = load ptr, ptr %17, align 8, !tbaa !108
  store ptr %31, ptr %21, align 8, !tbaa !51
  store ptr %21, ptr %17, align 8, !tbaa !108
  store ptr %17, ptr %27, align 8, !tbaa !32
  %32 = load ptr, ptr %21, align 8, !tbaa !51
  %33 = icmp eq ptr %32, null
  br i1 %33, label %42, label %34

34:                                               ; preds = %30
  %35 = getelementptr inbounds ptr, ptr %16, i64 %22
  br label %39

36:                                               ; preds = %20
  %37 = load ptr, ptr %28, align 8, !tbaa !51
  store ptr %37, ptr %21, align 8, !tbaa !51
  %38 = load ptr, ptr %27, align 8, !tbaa !32
  br label %39

39:                                               ; preds = %36, %34
  %40 = phi ptr [ %35, %34 ], [ %38, %36 ]
  %41 = phi i64 [ %26, %34 ], [ %22, %36 ]
  store ptr %21, ptr %40, align 8, !tbaa !32
  br label %42

42:                                               ; preds = %39, %30
  %43 = phi i64 [ %26, %30 ], [ %41, %39 ]
  %44 = icmp eq ptr %23, null
  br i1 %44, label %45, label %20, !llvm.loop !182

45:                                               ; preds = %42, %15
  %46 = load ptr, ptr %0, align 8, !tbaa !66
  %47 = getelementptr inbounds i8, ptr %0, i64 48
  %48 = icmp eq ptr %47, %46
  br i1 %48, label %53, label %49

49:                                               ; preds = %45
  %50 = getelementptr inbounds i8, ptr %0, i64 8
  %51 = load i64, ptr %50, align 8, !tbaa !68
  %52 = shl i64 %51, 3
  tail call void @_ZdlPvm(ptr noundef %46, i64 noundef %52) #21
  br label %53

53:                                               ; preds = %45, %49
  %54 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %54, align 8, !tbaa !68
  store ptr %16, ptr %0, align 8, !tbaa !66
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !74
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !74
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !79
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !75
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !76
  %27 = load ptr, ptr %4, align 8, !tbaa !79
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #18
  unreachable

35:                                               ; preds = %2
  %36 = load ptr, ptr %0, align 8, !tbaa !73
  %37 = icmp eq ptr %8, %36
  br i1 %37, label %38, label %40

38:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef zeroext true)
  %39 = load ptr, ptr %7, align 8, !tbaa !105
  br label %40

40:                                               ; preds = %35, %38
  %41 = phi ptr [ %8, %35 ], [ %39, %38 ]
  %42 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #19
  %43 = getelementptr inbounds i8, ptr %41, i64 -8
  store ptr %42, ptr %43, align 8, !tbaa !32
  %44 = load ptr, ptr %7, align 8, !tbaa !105
  %45 = getelementptr inbounds i8, ptr %44, i64 -8
  store ptr %45, ptr %7, align 8, !tbaa !74
  %46 = load ptr, ptr %45, align 8, !tbaa !32
  %47 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %46, ptr %47, align 8, !tbaa !75
  %48 = getelementptr inbounds i8, ptr %46, i64 512
  store ptr %48, ptr %25, align 8, !tbaa !76
  %49 = getelementptr inbounds i8, ptr %46, i64 508
  store ptr %49, ptr %4, align 8, !tbaa !77
  %50 = load i32, ptr %1, align 4, !tbaa !5
  store i32 %50, ptr %49, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef zeroext %2) local_unnamed_addr #4 comdat align 2 {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !106
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !105
  %8 = ptrtoint ptr %5 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 3
  %12 = add nsw i64 %11, 1
  %13 = add i64 %12, %1
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !35
  %16 = shl i64 %13, 1
  %17 = icmp ugt i64 %15, %16
  br i1 %17, label %18, label %40

18:                                               ; preds = %3
  %19 = load ptr, ptr %0, align 8, !tbaa !73
  %20 = sub i64 %15, %13
  %21 = lshr i64 %20, 1
  %22 = getelementptr inbounds ptr, ptr %19, i64 %21
  %23 = select i1 %2, i64 %1, i64 0
  %24 = getelementptr inbounds ptr, ptr %22, i64 %23
  %25 = icmp ult ptr %24, %7
  %26 = getelementptr inbounds i8, ptr %5, i64 8
  %27 = icmp eq ptr %26, %7
  br i1 %25, label %28, label %32

28:                                               ; preds = %18
  br i1 %27, label %65, label %29

29:                                               ; preds = %28
  %30 = ptrtoint ptr %26 to i64
  %31 = sub i64 %30, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %24, ptr nonnull align 8 %7, i64 %31, i1 false)
  br label %65

32:                                               ; preds = %18
  br i1 %27, label %65, label %33

33:                                               ; preds = %32
  %34 = ptrtoint ptr %26 to i64
  %35 = sub i64 %34, %9
  %36 = ashr exact i64 %35, 3
  %37 = sub nsw i64 0, %36
  %38 = getelementptr inbounds ptr, ptr %24, i64 %12
  %39 = getelementptr inbounds ptr, ptr %38, i64 %37
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %39, ptr align 8 %7, i64 %35, i1 false)
  br label %65

40:                                               ; preds = %3
  %41 = tail call i64 @llvm.umax.i64(i64 %15, i64 %1)
  %42 = add i64 %15, 2
  %43 = add i64 %42, %41
  %44 = icmp ugt i64 %43, 1152921504606846975
  br i1 %44, label %45, label %49, !prof !9

45:                                               ; preds = %40
  %46 = icmp ugt i64 %43, 2305843009213693951
  br i1 %46, label %47, label %48

47:                                               ; preds = %45
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #18
  unreachable

48:                                               ; preds = %45
  tail call void @_ZSt17__throw_bad_allocv() #18
  unreachable

49:                                               ; preds = %40
  %50 = shl nuw nsw i64 %43, 3
  %51 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %50) #19
  %52 = sub i64 %43, %13
  %53 = lshr i64 %52, 1
  %54 = getelementptr inbounds ptr, ptr %51, i64 %53
  %55 = select i1 %2, i64 %1, i64 0
  %56 = getelementptr inbounds ptr, ptr %54, i64 %55
  %57 = getelementptr inbounds i8, ptr %5, i64 8
  %58 = icmp eq ptr %57, %7
  br i1 %58, label %62, label %59

59:                                               ; preds = %49
  %60 = ptrtoint ptr %57 to i64
  %61 = sub i64 %60, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %56, ptr align 8 %7, i64 %61, i1 false)
  br label %62

62:                                               ; preds = %49, %59
  %63 = load ptr, ptr %0, align 8, !tbaa !73
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #21
  store ptr %51, ptr %0, align 8, !tbaa !73
  store i64 %43, ptr %14, align 8, !tbaa !70
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !74
  %67 = load ptr, ptr %66, align 8, !tbaa !32
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !75
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !76
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !74
  %73 = load ptr, ptr %72, align 8, !tbaa !32
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !75
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !76
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !74
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !74
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !79
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !75
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !76
  %27 = load ptr, ptr %4, align 8, !tbaa !79
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #18
  unreachable

35:                                               ; preds = %2
  %36 = getelementptr inbounds i8, ptr %0, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !70
  %38 = load ptr, ptr %0, align 8, !tbaa !73
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef zeroext false)
  %45 = load ptr, ptr %5, align 8, !tbaa !106
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #19
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !32
  %50 = load ptr, ptr %3, align 8, !tbaa !78
  %51 = load i32, ptr %1, align 4, !tbaa !5
  store i32 %51, ptr %50, align 4, !tbaa !5
  %52 = load ptr, ptr %5, align 8, !tbaa !106
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !74
  %54 = load ptr, ptr %53, align 8, !tbaa !32
  store ptr %54, ptr %18, align 8, !tbaa !75
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !76
  store ptr %54, ptr %3, align 8, !tbaa !78
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) local_unnamed_addr #13

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef, ptr noundef) local_unnamed_addr #13

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #13

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #13

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #16

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #17

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #16

attributes #0 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #11 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nofree nounwind }
attributes #16 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #17 = { nofree nounwind willreturn memory(argmem: read) }
attributes #18 = { noreturn nounwind }
attributes #19 = { builtin nounwind allocsize(0) }
attributes #20 = { nounwind }
attributes #21 = { builtin nounwind }
attributes #22 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11, !15, !16}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = distinct !{!17, !11, !16, !15}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
!20 = distinct !{!20, !11}
!21 = !{!22, !24, i64 0}
!22 = !{!"_ZTSSt15_Rb_tree_header", !23, i64 0, !26, i64 32}
!23 = !{!"_ZTSSt18_Rb_tree_node_base", !24, i64 0, !25, i64 8, !25, i64 16, !25, i64 24}
!24 = !{!"_ZTSSt14_Rb_tree_color", !7, i64 0}
!25 = !{!"any pointer", !7, i64 0}
!26 = !{!"long", !7, i64 0}
!27 = !{!22, !25, i64 8}
!28 = !{!22, !25, i64 16}
!29 = !{!22, !25, i64 24}
!30 = !{!22, !26, i64 32}
!31 = distinct !{!31, !11}
!32 = !{!25, !25, i64 0}
!33 = !{!34, !25, i64 0}
!34 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !25, i64 0}
!35 = !{!26, !26, i64 0}
!36 = !{!37, !25, i64 0}
!37 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !34, i64 0, !26, i64 8, !7, i64 16}
!38 = !{!7, !7, i64 0}
!39 = !{!37, !26, i64 8}
!40 = distinct !{!40, !11}
!41 = distinct !{!41, !11}
!42 = distinct !{!42, !11}
!43 = !{!44, !25, i64 0}
!44 = !{!"_ZTSSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE", !25, i64 0, !26, i64 8, !45, i64 16, !26, i64 24, !46, i64 32, !25, i64 48}
!45 = !{!"_ZTSNSt8__detail15_Hash_node_baseE", !25, i64 0}
!46 = !{!"_ZTSNSt8__detail20_Prime_rehash_policyE", !47, i64 0, !26, i64 8}
!47 = !{!"float", !7, i64 0}
!48 = !{!44, !26, i64 8}
!49 = !{!46, !47, i64 0}
!50 = !{!44, !25, i64 16}
!51 = !{!45, !25, i64 0}
!52 = distinct !{!52, !11}
!53 = distinct !{!53, !11}
!54 = !{!55, !6, i64 0}
!55 = !{!"_ZTSSt4pairIiiE", !6, i64 0, !6, i64 4}
!56 = !{!55, !6, i64 4}
!57 = distinct !{!57, !58}
!58 = !{!"llvm.loop.unroll.disable"}
!59 = distinct !{!59, !11}
!60 = distinct !{!60, !11}
!61 = distinct !{!61, !11}
!62 = distinct !{!62, !11}
!63 = distinct !{!63, !11, !15, !16}
!64 = distinct !{!64, !11, !16, !15}
!65 = !{!44, !26, i64 24}
!66 = !{!67, !25, i64 0}
!67 = !{!"_ZTSSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE", !25, i64 0, !26, i64 8, !45, i64 16, !26, i64 24, !46, i64 32, !25, i64 48}
!68 = !{!67, !26, i64 8}
!69 = !{!67, !26, i64 24}
!70 = !{!71, !26, i64 8}
!71 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !25, i64 0, !26, i64 8, !72, i64 16, !72, i64 48}
!72 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !25, i64 0, !25, i64 8, !25, i64 16, !25, i64 24}
!73 = !{!71, !25, i64 0}
!74 = !{!72, !25, i64 24}
!75 = !{!72, !25, i64 8}
!76 = !{!72, !25, i64 16}
!77 = !{!71, !25, i64 16}
!78 = !{!71, !25, i64 48}
!79 = !{!72, !25, i64 0}
!80 = !{}
!81 = !{!82}
!82 = distinct !{!82, !83, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!83 = distinct !{!83, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!84 = !{!71, !25, i64 24}
!85 = !{!71, !25, i64 64}
!86 = distinct !{!86, !11}
!87 = !{!88}
!88 = distinct !{!88, !89, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!89 = distinct !{!89, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!90 = !{!91}
!91 = distinct !{!91, !92, !"_ZNSt5dequeIiSaIiEE3endEv: argument 0"}
!92 = distinct !{!92, !"_ZNSt5dequeIiSaIiEE3endEv"}
!93 = !{!94, !25, i64 8}
!94 = !{!"_ZTSNSt8__detail15_List_node_baseE", !25, i64 0, !25, i64 8}
!95 = !{!94, !25, i64 0}
!96 = !{!97, !26, i64 16}
!97 = !{!"_ZTSNSt8__detail17_List_node_headerE", !94, i64 0, !26, i64 16}
!98 = !{!99, !26, i64 16}
!99 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEEE", !100, i64 0}
!100 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEE10_List_implE", !97, i64 0}
!101 = distinct !{!101, !11}
!102 = distinct !{!102, !11}
!103 = distinct !{!103, !11}
!104 = distinct !{!104, !11}
!105 = !{!71, !25, i64 40}
!106 = !{!71, !25, i64 72}
!107 = distinct !{!107, !11}
!108 = !{!67, !25, i64 16}
!109 = distinct !{!109, !11}
!110 = distinct !{!110, !11}
!111 = !{!112}
!112 = distinct !{!112, !113, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_: argument 0"}
!113 = distinct !{!113, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_"}
!114 = distinct !{!114, !11}
!115 = distinct !{!115, !11}
!116 = distinct !{!116, !11}
!117 = distinct !{!117, !11}
!118 = distinct !{!118, !11}
!119 = distinct !{!119, !11}
!120 = !{!23, !25, i64 24}
!121 = !{!23, !25, i64 16}
!122 = distinct !{!122, !11}
!123 = distinct !{!123, !11}
!124 = distinct !{!124, !11}
!125 = distinct !{!125, !11}
!126 = distinct !{!126, !11}
!127 = distinct !{!127, !11}
!128 = distinct !{!128, !11}
!129 = distinct !{!129, !11}
!130 = distinct !{!130, !11}
!131 = distinct !{!131, !11}
!132 = distinct !{!132, !11}
!133 = distinct !{!133, !11}
!134 = distinct !{!134, !11}
!135 = !{!136}
!136 = distinct !{!136, !137}
!137 = distinct !{!137, !"LVerDomain"}
!138 = !{!139}
!139 = distinct !{!139, !137}
!140 = distinct !{!140, !11, !15, !16}
!141 = distinct !{!141, !11, !15}
!142 = !{!143}
!143 = distinct !{!143, !144}
!144 = distinct !{!144, !"LVerDomain"}
!145 = !{!146}
!146 = distinct !{!146, !144}
!147 = distinct !{!147, !11, !15, !16}
!148 = distinct !{!148, !11, !15}
!149 = distinct !{!149, !58}
!150 = !{!151}
!151 = distinct !{!151, !152}
!152 = distinct !{!152, !"LVerDomain"}
!153 = !{!154}
!154 = distinct !{!154, !152}
!155 = distinct !{!155, !11, !15, !16}
!156 = distinct !{!156, !11}
!157 = distinct !{!157, !11, !15}
!158 = !{!159, !6, i64 32}
!159 = !{!"_ZTSSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiE", !37, i64 0, !6, i64 32}
!160 = distinct !{!160, !11}
!161 = distinct !{!161, !11}
!162 = distinct !{!162, !11}
!163 = distinct !{!163, !11}
!164 = !{!165, !6, i64 0}
!165 = !{!"_ZTSSt4pairIKiiE", !6, i64 0, !6, i64 4}
!166 = !{!165, !6, i64 4}
!167 = !{!44, !25, i64 48}
!168 = distinct !{!168, !11}
!169 = distinct !{!169, !11}
!170 = distinct !{!170, !11}
!171 = distinct !{!171, !11}
!172 = distinct !{!172, !11}
!173 = distinct !{!173, !11}
!174 = distinct !{!174, !11}
!175 = distinct !{!175, !11}
!176 = distinct !{!176, !11}
!177 = distinct !{!177, !11}
!178 = !{!179, !26, i64 0}
!179 = !{!"_ZTSNSt8__detail21_Hash_node_code_cacheILb1EEE", !26, i64 0}
!180 = distinct !{!180, !11}
!181 = !{!67, !25, i64 48}
!182 = distinct !{!182, !11}
