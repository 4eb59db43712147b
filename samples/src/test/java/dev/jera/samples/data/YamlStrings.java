package dev.jera.samples.data;

import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import dev.jera.processor.testing.TrickyStrings;
import java.util.List;

/**
 * Every one of {@link TrickyStrings} as a parameter's default and as a literal item: the manifest must
 * hold each as that very string for any YAML reader, and each step must get it unchanged.
 */
@Workflow(name = "yaml-strings")
@Param(value = "s0", defaultValue = TrickyStrings.S0)
@Param(value = "s1", defaultValue = TrickyStrings.S1)
@Param(value = "s2", defaultValue = TrickyStrings.S2)
@Param(value = "s3", defaultValue = TrickyStrings.S3)
@Param(value = "s4", defaultValue = TrickyStrings.S4)
@Param(value = "s5", defaultValue = TrickyStrings.S5)
@Param(value = "s6", defaultValue = TrickyStrings.S6)
@Param(value = "s7", defaultValue = TrickyStrings.S7)
@Param(value = "s8", defaultValue = TrickyStrings.S8)
@Param(value = "s9", defaultValue = TrickyStrings.S9)
@Param(value = "s10", defaultValue = TrickyStrings.S10)
@Param(value = "s11", defaultValue = TrickyStrings.S11)
@Param(value = "s12", defaultValue = TrickyStrings.S12)
@Param(value = "s13", defaultValue = TrickyStrings.S13)
@Param(value = "s14", defaultValue = TrickyStrings.S14)
@Param(value = "s15", defaultValue = TrickyStrings.S15)
@Param(value = "s16", defaultValue = TrickyStrings.S16)
@Param(value = "s17", defaultValue = TrickyStrings.S17)
@Param(value = "s18", defaultValue = TrickyStrings.S18)
@Param(value = "s19", defaultValue = TrickyStrings.S19)
@Param(value = "s20", defaultValue = TrickyStrings.S20)
@Param(value = "s21", defaultValue = TrickyStrings.S21)
@Param(value = "s22", defaultValue = TrickyStrings.S22)
@Param(value = "s23", defaultValue = TrickyStrings.S23)
@Param(value = "s24", defaultValue = TrickyStrings.S24)
@Param(value = "s25", defaultValue = TrickyStrings.S25)
@Param(value = "s26", defaultValue = TrickyStrings.S26)
@Param(value = "s27", defaultValue = TrickyStrings.S27)
@Param(value = "s28", defaultValue = TrickyStrings.S28)
@Param(value = "s29", defaultValue = TrickyStrings.S29)
@Param(value = "s30", defaultValue = TrickyStrings.S30)
@Param(value = "s31", defaultValue = TrickyStrings.S31)
@Param(value = "s32", defaultValue = TrickyStrings.S32)
@Param(value = "s33", defaultValue = TrickyStrings.S33)
@Param(value = "s34", defaultValue = TrickyStrings.S34)
@Param(value = "s35", defaultValue = TrickyStrings.S35)
@Param(value = "s36", defaultValue = TrickyStrings.S36)
@Param(value = "s37", defaultValue = TrickyStrings.S37)
@Param(value = "s38", defaultValue = TrickyStrings.S38)
@Param(value = "s39", defaultValue = TrickyStrings.S39)
@Param(value = "s40", defaultValue = TrickyStrings.S40)
@Param(value = "s41", defaultValue = TrickyStrings.S41)
@Param(value = "s42", defaultValue = TrickyStrings.S42)
@Param(value = "s43", defaultValue = TrickyStrings.S43)
@Param(value = "s44", defaultValue = TrickyStrings.S44)
@Param(value = "s45", defaultValue = TrickyStrings.S45)
@Param(value = "s46", defaultValue = TrickyStrings.S46)
@Param(value = "s47", defaultValue = TrickyStrings.S47)
@Param(value = "s48", defaultValue = TrickyStrings.S48)
@Param(value = "s49", defaultValue = TrickyStrings.S49)
@Param(value = "s50", defaultValue = TrickyStrings.S50)
@Param(value = "s51", defaultValue = TrickyStrings.S51)
@Param(value = "s52", defaultValue = TrickyStrings.S52)
@Param(value = "s53", defaultValue = TrickyStrings.S53)
@Param(value = "s54", defaultValue = TrickyStrings.S54)
@Param(value = "s55", defaultValue = TrickyStrings.S55)
@Param(value = "s56", defaultValue = TrickyStrings.S56)
@Param(value = "s57", defaultValue = TrickyStrings.S57)
@Param(value = "s58", defaultValue = TrickyStrings.S58)
@Param(value = "s59", defaultValue = TrickyStrings.S59)
@Param(value = "s60", defaultValue = TrickyStrings.S60)
@Param(value = "s61", defaultValue = TrickyStrings.S61)
@Param(value = "s62", defaultValue = TrickyStrings.S62)
@Param(value = "s63", defaultValue = TrickyStrings.S63)
@Param(value = "s64", defaultValue = TrickyStrings.S64)
@Param(value = "s65", defaultValue = TrickyStrings.S65)
@Param(value = "s66", defaultValue = TrickyStrings.S66)
@Param(value = "s67", defaultValue = TrickyStrings.S67)
@Param(value = "s68", defaultValue = TrickyStrings.S68)
@Param(value = "s69", defaultValue = TrickyStrings.S69)
@Param(value = "s70", defaultValue = TrickyStrings.S70)
@Param(value = "s71", defaultValue = TrickyStrings.S71)
@Param(value = "s72", defaultValue = TrickyStrings.S72)
@Param(value = "s73", defaultValue = TrickyStrings.S73)
@Param(value = "s74", defaultValue = TrickyStrings.S74)
@Param(value = "s75", defaultValue = TrickyStrings.S75)
@Param(value = "s76", defaultValue = TrickyStrings.S76)
@Param(value = "s77", defaultValue = TrickyStrings.S77)
@Param(value = "s78", defaultValue = TrickyStrings.S78)
@Param(value = "s79", defaultValue = TrickyStrings.S79)
@Param(value = "s80", defaultValue = TrickyStrings.S80)
@Param(value = "s81", defaultValue = TrickyStrings.S81)
@Param(value = "s82", defaultValue = TrickyStrings.S82)
@Param(value = "s83", defaultValue = TrickyStrings.S83)
@Param(value = "s84", defaultValue = TrickyStrings.S84)
@Param(value = "s85", defaultValue = TrickyStrings.S85)
@Param(value = "s86", defaultValue = TrickyStrings.S86)
@Param(value = "s87", defaultValue = TrickyStrings.S87)
@Param(value = "s88", defaultValue = TrickyStrings.S88)
@Param(value = "s89", defaultValue = TrickyStrings.S89)
@Param(value = "s90", defaultValue = TrickyStrings.S90)
@Param(value = "s91", defaultValue = TrickyStrings.S91)
@Param(value = "s92", defaultValue = TrickyStrings.S92)
@Param(value = "s93", defaultValue = TrickyStrings.S93)
@Param(value = "s94", defaultValue = TrickyStrings.S94)
@Param(value = "s95", defaultValue = TrickyStrings.S95)
@Param(value = "s96", defaultValue = TrickyStrings.S96)
@Param(value = "s97", defaultValue = TrickyStrings.S97)
@Param(value = "s98", defaultValue = TrickyStrings.S98)
@Param(value = "s99", defaultValue = TrickyStrings.S99)
@Param(value = "s100", defaultValue = TrickyStrings.S100)
@Param(value = "s101", defaultValue = TrickyStrings.S101)
@Param(value = "s102", defaultValue = TrickyStrings.S102)
@Param(value = "s103", defaultValue = TrickyStrings.S103)
@Param(value = "s104", defaultValue = TrickyStrings.S104)
@Param(value = "s105", defaultValue = TrickyStrings.S105)
@Param(value = "s106", defaultValue = TrickyStrings.S106)
@Param(value = "s107", defaultValue = TrickyStrings.S107)
@Param(value = "s108", defaultValue = TrickyStrings.S108)
@Param(value = "s109", defaultValue = TrickyStrings.S109)
@Param(value = "s110", defaultValue = TrickyStrings.S110)
@Param(value = "s111", defaultValue = TrickyStrings.S111)
@Param(value = "s112", defaultValue = TrickyStrings.S112)
@Param(value = "s113", defaultValue = TrickyStrings.S113)
@Param(value = "s114", defaultValue = TrickyStrings.S114)
@Param(value = "s115", defaultValue = TrickyStrings.S115)
@Param(value = "s116", defaultValue = TrickyStrings.S116)
@Param(value = "s117", defaultValue = TrickyStrings.S117)
@Param(value = "s118", defaultValue = TrickyStrings.S118)
@Param(value = "s119", defaultValue = TrickyStrings.S119)
@Param(value = "s120", defaultValue = TrickyStrings.S120)
@Param(value = "s121", defaultValue = TrickyStrings.S121)
@Param(value = "s122", defaultValue = TrickyStrings.S122)
@Param(value = "s123", defaultValue = TrickyStrings.S123)
@Param(value = "s124", defaultValue = TrickyStrings.S124)
@Param(value = "s125", defaultValue = TrickyStrings.S125)
@Param(value = "s126", defaultValue = TrickyStrings.S126)
@Param(value = "s127", defaultValue = TrickyStrings.S127)
@Param(value = "s128", defaultValue = TrickyStrings.S128)
@Param(value = "s129", defaultValue = TrickyStrings.S129)
@Param(value = "s130", defaultValue = TrickyStrings.S130)
@Param(value = "s131", defaultValue = TrickyStrings.S131)
@Param(value = "s132", defaultValue = TrickyStrings.S132)
@Param(value = "s133", defaultValue = TrickyStrings.S133)
@Param(value = "s134", defaultValue = TrickyStrings.S134)
@Param(value = "s135", defaultValue = TrickyStrings.S135)
@Param(value = "s136", defaultValue = TrickyStrings.S136)
@Param(value = "s137", defaultValue = TrickyStrings.S137)
@Param(value = "s138", defaultValue = TrickyStrings.S138)
@Param(value = "s139", defaultValue = TrickyStrings.S139)
@Param(value = "s140", defaultValue = TrickyStrings.S140)
@Param(value = "s141", defaultValue = TrickyStrings.S141)
@Param(value = "s142", defaultValue = TrickyStrings.S142)
@Param(value = "s143", defaultValue = TrickyStrings.S143)
@Param(value = "s144", defaultValue = TrickyStrings.S144)
@Param(value = "s145", defaultValue = TrickyStrings.S145)
@Param(value = "s146", defaultValue = TrickyStrings.S146)
@Param(value = "s147", defaultValue = TrickyStrings.S147)
@Param(value = "s148", defaultValue = TrickyStrings.S148)
@Param(value = "s149", defaultValue = TrickyStrings.S149)
@Param(value = "s150", defaultValue = TrickyStrings.S150)
@Param(value = "s151", defaultValue = TrickyStrings.S151)
@Param(value = "s152", defaultValue = TrickyStrings.S152)
@Param(value = "s153", defaultValue = TrickyStrings.S153)
@Param(value = "s154", defaultValue = TrickyStrings.S154)
@Param(value = "s155", defaultValue = TrickyStrings.S155)
@Param(value = "s156", defaultValue = TrickyStrings.S156)
@Param(value = "s157", defaultValue = TrickyStrings.S157)
@Param(value = "s158", defaultValue = TrickyStrings.S158)
@Param(value = "s159", defaultValue = TrickyStrings.S159)
@Param(value = "s160", defaultValue = TrickyStrings.S160)
@Param(value = "s161", defaultValue = TrickyStrings.S161)
@Param(value = "s162", defaultValue = TrickyStrings.S162)
@Param(value = "s163", defaultValue = TrickyStrings.S163)
@Param(value = "s164", defaultValue = TrickyStrings.S164)
@Param(value = "s165", defaultValue = TrickyStrings.S165)
@Param(value = "s166", defaultValue = TrickyStrings.S166)
@Param(value = "s167", defaultValue = TrickyStrings.S167)
@Param(value = "s168", defaultValue = TrickyStrings.S168)
@Param(value = "s169", defaultValue = TrickyStrings.S169)
@Param(value = "s170", defaultValue = TrickyStrings.S170)
@Param(value = "s171", defaultValue = TrickyStrings.S171)
public class YamlStrings {

  /** The defaults, in order. */
  @Script
  public static List<String> defaults(
      @Param("s0") String s0,
      @Param("s1") String s1,
      @Param("s2") String s2,
      @Param("s3") String s3,
      @Param("s4") String s4,
      @Param("s5") String s5,
      @Param("s6") String s6,
      @Param("s7") String s7,
      @Param("s8") String s8,
      @Param("s9") String s9,
      @Param("s10") String s10,
      @Param("s11") String s11,
      @Param("s12") String s12,
      @Param("s13") String s13,
      @Param("s14") String s14,
      @Param("s15") String s15,
      @Param("s16") String s16,
      @Param("s17") String s17,
      @Param("s18") String s18,
      @Param("s19") String s19,
      @Param("s20") String s20,
      @Param("s21") String s21,
      @Param("s22") String s22,
      @Param("s23") String s23,
      @Param("s24") String s24,
      @Param("s25") String s25,
      @Param("s26") String s26,
      @Param("s27") String s27,
      @Param("s28") String s28,
      @Param("s29") String s29,
      @Param("s30") String s30,
      @Param("s31") String s31,
      @Param("s32") String s32,
      @Param("s33") String s33,
      @Param("s34") String s34,
      @Param("s35") String s35,
      @Param("s36") String s36,
      @Param("s37") String s37,
      @Param("s38") String s38,
      @Param("s39") String s39,
      @Param("s40") String s40,
      @Param("s41") String s41,
      @Param("s42") String s42,
      @Param("s43") String s43,
      @Param("s44") String s44,
      @Param("s45") String s45,
      @Param("s46") String s46,
      @Param("s47") String s47,
      @Param("s48") String s48,
      @Param("s49") String s49,
      @Param("s50") String s50,
      @Param("s51") String s51,
      @Param("s52") String s52,
      @Param("s53") String s53,
      @Param("s54") String s54,
      @Param("s55") String s55,
      @Param("s56") String s56,
      @Param("s57") String s57,
      @Param("s58") String s58,
      @Param("s59") String s59,
      @Param("s60") String s60,
      @Param("s61") String s61,
      @Param("s62") String s62,
      @Param("s63") String s63,
      @Param("s64") String s64,
      @Param("s65") String s65,
      @Param("s66") String s66,
      @Param("s67") String s67,
      @Param("s68") String s68,
      @Param("s69") String s69,
      @Param("s70") String s70,
      @Param("s71") String s71,
      @Param("s72") String s72,
      @Param("s73") String s73,
      @Param("s74") String s74,
      @Param("s75") String s75,
      @Param("s76") String s76,
      @Param("s77") String s77,
      @Param("s78") String s78,
      @Param("s79") String s79,
      @Param("s80") String s80,
      @Param("s81") String s81,
      @Param("s82") String s82,
      @Param("s83") String s83,
      @Param("s84") String s84,
      @Param("s85") String s85,
      @Param("s86") String s86,
      @Param("s87") String s87,
      @Param("s88") String s88,
      @Param("s89") String s89,
      @Param("s90") String s90,
      @Param("s91") String s91,
      @Param("s92") String s92,
      @Param("s93") String s93,
      @Param("s94") String s94,
      @Param("s95") String s95,
      @Param("s96") String s96,
      @Param("s97") String s97,
      @Param("s98") String s98,
      @Param("s99") String s99,
      @Param("s100") String s100,
      @Param("s101") String s101,
      @Param("s102") String s102,
      @Param("s103") String s103,
      @Param("s104") String s104,
      @Param("s105") String s105,
      @Param("s106") String s106,
      @Param("s107") String s107,
      @Param("s108") String s108,
      @Param("s109") String s109,
      @Param("s110") String s110,
      @Param("s111") String s111,
      @Param("s112") String s112,
      @Param("s113") String s113,
      @Param("s114") String s114,
      @Param("s115") String s115,
      @Param("s116") String s116,
      @Param("s117") String s117,
      @Param("s118") String s118,
      @Param("s119") String s119,
      @Param("s120") String s120,
      @Param("s121") String s121,
      @Param("s122") String s122,
      @Param("s123") String s123,
      @Param("s124") String s124,
      @Param("s125") String s125,
      @Param("s126") String s126,
      @Param("s127") String s127,
      @Param("s128") String s128,
      @Param("s129") String s129,
      @Param("s130") String s130,
      @Param("s131") String s131,
      @Param("s132") String s132,
      @Param("s133") String s133,
      @Param("s134") String s134,
      @Param("s135") String s135,
      @Param("s136") String s136,
      @Param("s137") String s137,
      @Param("s138") String s138,
      @Param("s139") String s139,
      @Param("s140") String s140,
      @Param("s141") String s141,
      @Param("s142") String s142,
      @Param("s143") String s143,
      @Param("s144") String s144,
      @Param("s145") String s145,
      @Param("s146") String s146,
      @Param("s147") String s147,
      @Param("s148") String s148,
      @Param("s149") String s149,
      @Param("s150") String s150,
      @Param("s151") String s151,
      @Param("s152") String s152,
      @Param("s153") String s153,
      @Param("s154") String s154,
      @Param("s155") String s155,
      @Param("s156") String s156,
      @Param("s157") String s157,
      @Param("s158") String s158,
      @Param("s159") String s159,
      @Param("s160") String s160,
      @Param("s161") String s161,
      @Param("s162") String s162,
      @Param("s163") String s163,
      @Param("s164") String s164,
      @Param("s165") String s165,
      @Param("s166") String s166,
      @Param("s167") String s167,
      @Param("s168") String s168,
      @Param("s169") String s169,
      @Param("s170") String s170,
      @Param("s171") String s171) {
    return List.of(
        s0,
        s1,
        s2,
        s3,
        s4,
        s5,
        s6,
        s7,
        s8,
        s9,
        s10,
        s11,
        s12,
        s13,
        s14,
        s15,
        s16,
        s17,
        s18,
        s19,
        s20,
        s21,
        s22,
        s23,
        s24,
        s25,
        s26,
        s27,
        s28,
        s29,
        s30,
        s31,
        s32,
        s33,
        s34,
        s35,
        s36,
        s37,
        s38,
        s39,
        s40,
        s41,
        s42,
        s43,
        s44,
        s45,
        s46,
        s47,
        s48,
        s49,
        s50,
        s51,
        s52,
        s53,
        s54,
        s55,
        s56,
        s57,
        s58,
        s59,
        s60,
        s61,
        s62,
        s63,
        s64,
        s65,
        s66,
        s67,
        s68,
        s69,
        s70,
        s71,
        s72,
        s73,
        s74,
        s75,
        s76,
        s77,
        s78,
        s79,
        s80,
        s81,
        s82,
        s83,
        s84,
        s85,
        s86,
        s87,
        s88,
        s89,
        s90,
        s91,
        s92,
        s93,
        s94,
        s95,
        s96,
        s97,
        s98,
        s99,
        s100,
        s101,
        s102,
        s103,
        s104,
        s105,
        s106,
        s107,
        s108,
        s109,
        s110,
        s111,
        s112,
        s113,
        s114,
        s115,
        s116,
        s117,
        s118,
        s119,
        s120,
        s121,
        s122,
        s123,
        s124,
        s125,
        s126,
        s127,
        s128,
        s129,
        s130,
        s131,
        s132,
        s133,
        s134,
        s135,
        s136,
        s137,
        s138,
        s139,
        s140,
        s141,
        s142,
        s143,
        s144,
        s145,
        s146,
        s147,
        s148,
        s149,
        s150,
        s151,
        s152,
        s153,
        s154,
        s155,
        s156,
        s157,
        s158,
        s159,
        s160,
        s161,
        s162,
        s163,
        s164,
        s165,
        s166,
        s167,
        s168,
        s169,
        s170,
        s171);
  }

  /** Each item, as the step gets it. */
  @Script(items = {
      TrickyStrings.S0,
      TrickyStrings.S1,
      TrickyStrings.S2,
      TrickyStrings.S3,
      TrickyStrings.S4,
      TrickyStrings.S5,
      TrickyStrings.S6,
      TrickyStrings.S7,
      TrickyStrings.S8,
      TrickyStrings.S9,
      TrickyStrings.S10,
      TrickyStrings.S11,
      TrickyStrings.S12,
      TrickyStrings.S13,
      TrickyStrings.S14,
      TrickyStrings.S15,
      TrickyStrings.S16,
      TrickyStrings.S17,
      TrickyStrings.S18,
      TrickyStrings.S19,
      TrickyStrings.S20,
      TrickyStrings.S21,
      TrickyStrings.S22,
      TrickyStrings.S23,
      TrickyStrings.S24,
      TrickyStrings.S25,
      TrickyStrings.S26,
      TrickyStrings.S27,
      TrickyStrings.S28,
      TrickyStrings.S29,
      TrickyStrings.S30,
      TrickyStrings.S31,
      TrickyStrings.S32,
      TrickyStrings.S33,
      TrickyStrings.S34,
      TrickyStrings.S35,
      TrickyStrings.S36,
      TrickyStrings.S37,
      TrickyStrings.S38,
      TrickyStrings.S39,
      TrickyStrings.S40,
      TrickyStrings.S41,
      TrickyStrings.S42,
      TrickyStrings.S43,
      TrickyStrings.S44,
      TrickyStrings.S45,
      TrickyStrings.S46,
      TrickyStrings.S47,
      TrickyStrings.S48,
      TrickyStrings.S49,
      TrickyStrings.S50,
      TrickyStrings.S51,
      TrickyStrings.S52,
      TrickyStrings.S53,
      TrickyStrings.S54,
      TrickyStrings.S55,
      TrickyStrings.S56,
      TrickyStrings.S57,
      TrickyStrings.S58,
      TrickyStrings.S59,
      TrickyStrings.S60,
      TrickyStrings.S61,
      TrickyStrings.S62,
      TrickyStrings.S63,
      TrickyStrings.S64,
      TrickyStrings.S65,
      TrickyStrings.S66,
      TrickyStrings.S67,
      TrickyStrings.S68,
      TrickyStrings.S69,
      TrickyStrings.S70,
      TrickyStrings.S71,
      TrickyStrings.S72,
      TrickyStrings.S73,
      TrickyStrings.S74,
      TrickyStrings.S75,
      TrickyStrings.S76,
      TrickyStrings.S77,
      TrickyStrings.S78,
      TrickyStrings.S79,
      TrickyStrings.S80,
      TrickyStrings.S81,
      TrickyStrings.S82,
      TrickyStrings.S83,
      TrickyStrings.S84,
      TrickyStrings.S85,
      TrickyStrings.S86,
      TrickyStrings.S87,
      TrickyStrings.S88,
      TrickyStrings.S89,
      TrickyStrings.S90,
      TrickyStrings.S91,
      TrickyStrings.S92,
      TrickyStrings.S93,
      TrickyStrings.S94,
      TrickyStrings.S95,
      TrickyStrings.S96,
      TrickyStrings.S97,
      TrickyStrings.S98,
      TrickyStrings.S99,
      TrickyStrings.S100,
      TrickyStrings.S101,
      TrickyStrings.S102,
      TrickyStrings.S103,
      TrickyStrings.S104,
      TrickyStrings.S105,
      TrickyStrings.S106,
      TrickyStrings.S107,
      TrickyStrings.S108,
      TrickyStrings.S109,
      TrickyStrings.S110,
      TrickyStrings.S111,
      TrickyStrings.S112,
      TrickyStrings.S113,
      TrickyStrings.S114,
      TrickyStrings.S115,
      TrickyStrings.S116,
      TrickyStrings.S117,
      TrickyStrings.S118,
      TrickyStrings.S119,
      TrickyStrings.S120,
      TrickyStrings.S121,
      TrickyStrings.S122,
      TrickyStrings.S123,
      TrickyStrings.S124,
      TrickyStrings.S125,
      TrickyStrings.S126,
      TrickyStrings.S127,
      TrickyStrings.S128,
      TrickyStrings.S129,
      TrickyStrings.S130,
      TrickyStrings.S131,
      TrickyStrings.S132,
      TrickyStrings.S133,
      TrickyStrings.S134,
      TrickyStrings.S135,
      TrickyStrings.S136,
      TrickyStrings.S137,
      TrickyStrings.S138,
      TrickyStrings.S139,
      TrickyStrings.S140,
      TrickyStrings.S141,
      TrickyStrings.S142,
      TrickyStrings.S143,
      TrickyStrings.S144,
      TrickyStrings.S145,
      TrickyStrings.S146,
      TrickyStrings.S147,
      TrickyStrings.S148,
      TrickyStrings.S149,
      TrickyStrings.S150,
      TrickyStrings.S151,
      TrickyStrings.S152,
      TrickyStrings.S153,
      TrickyStrings.S154,
      TrickyStrings.S155,
      TrickyStrings.S156,
      TrickyStrings.S157,
      TrickyStrings.S158,
      TrickyStrings.S159,
      TrickyStrings.S160,
      TrickyStrings.S161,
      TrickyStrings.S162,
      TrickyStrings.S163,
      TrickyStrings.S164,
      TrickyStrings.S165,
      TrickyStrings.S166,
      TrickyStrings.S167,
      TrickyStrings.S168,
      TrickyStrings.S169,
      TrickyStrings.S170,
      TrickyStrings.S171})
  public static String item(@Item String item) {
    return item;
  }
}
