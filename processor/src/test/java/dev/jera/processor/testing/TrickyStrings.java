package dev.jera.processor.testing;

import java.util.List;

/**
 * Strings that YAML 1.1, YAML 1.2 or Go's yaml.v2 would read as something else when written plainly
 * (numbers in every base, floats, sexagesimals, booleans, nulls, timestamps, merge and value keys),
 * YAML's indicators, spaces, tabs, line breaks, document markers, quotes, backslashes, control and
 * line-separator characters and characters beyond the BMP: each must reach Argo and the step as itself.
 */
public final class TrickyStrings {
  private TrickyStrings() {}

  public static final String S0 = "0x10";
  public static final String S1 = "0X1F";
  public static final String S2 = "0b101";
  public static final String S3 = "0B11";
  public static final String S4 = "0xFF";
  public static final String S5 = "-0x1A";
  public static final String S6 = "+0x1A";
  public static final String S7 = "0o17";
  public static final String S8 = "0O17";
  public static final String S9 = "017";
  public static final String S10 = "-017";
  public static final String S11 = "0";
  public static final String S12 = "-0";
  public static final String S13 = "+1";
  public static final String S14 = "1_000";
  public static final String S15 = "-_1";
  public static final String S16 = "1__";
  public static final String S17 = "_1";
  public static final String S18 = "_";
  public static final String S19 = "0x_1";
  public static final String S20 = "12345678901234567890";
  public static final String S21 = "007";
  public static final String S22 = ".inf";
  public static final String S23 = "-.inf";
  public static final String S24 = "+.inf";
  public static final String S25 = ".Inf";
  public static final String S26 = ".INF";
  public static final String S27 = ".nan";
  public static final String S28 = ".NaN";
  public static final String S29 = ".NAN";
  public static final String S30 = ".5";
  public static final String S31 = "-.5";
  public static final String S32 = "+.5";
  public static final String S33 = "1e3";
  public static final String S34 = "12e3";
  public static final String S35 = "1E3";
  public static final String S36 = "1.5e+3";
  public static final String S37 = "1.";
  public static final String S38 = "1.0";
  public static final String S39 = "-1.5";
  public static final String S40 = "1_0.5";
  public static final String S41 = "6.8523015e+5";
  public static final String S42 = "685.230_15e+03";
  public static final String S43 = "._5";
  public static final String S44 = "1:20";
  public static final String S45 = "-1:20";
  public static final String S46 = "190:20:30.15";
  public static final String S47 = "1:20:30";
  public static final String S48 = "y";
  public static final String S49 = "Y";
  public static final String S50 = "n";
  public static final String S51 = "N";
  public static final String S52 = "yes";
  public static final String S53 = "Yes";
  public static final String S54 = "YES";
  public static final String S55 = "no";
  public static final String S56 = "No";
  public static final String S57 = "NO";
  public static final String S58 = "on";
  public static final String S59 = "On";
  public static final String S60 = "ON";
  public static final String S61 = "off";
  public static final String S62 = "Off";
  public static final String S63 = "OFF";
  public static final String S64 = "true";
  public static final String S65 = "True";
  public static final String S66 = "TRUE";
  public static final String S67 = "false";
  public static final String S68 = "False";
  public static final String S69 = "FALSE";
  public static final String S70 = "yEs";
  public static final String S71 = "~";
  public static final String S72 = "null";
  public static final String S73 = "Null";
  public static final String S74 = "NULL";
  public static final String S75 = "";
  public static final String S76 = " ";
  public static final String S77 = "2001-12-14t21:59:43.10-05:00";
  public static final String S78 = "2001-12-14 21:59:43.10 -5";
  public static final String S79 = "2001-12-15T02:59:43.1Z";
  public static final String S80 = "2002-12-14";
  public static final String S81 = "2024-1-2";
  public static final String S82 = "2001-12-14 21:59:43.10";
  public static final String S83 = "<<";
  public static final String S84 = "=";
  public static final String S85 = "!";
  public static final String S86 = "&";
  public static final String S87 = "*";
  public static final String S88 = "- a";
  public static final String S89 = "-";
  public static final String S90 = "? b";
  public static final String S91 = "?";
  public static final String S92 = ": c";
  public static final String S93 = ":";
  public static final String S94 = "[x]";
  public static final String S95 = "{y: 1}";
  public static final String S96 = "*ref";
  public static final String S97 = "&anchor";
  public static final String S98 = "!tag";
  public static final String S99 = "!!str";
  public static final String S100 = "%dir";
  public static final String S101 = "@at";
  public static final String S102 = "`cmd`";
  public static final String S103 = "a: b";
  public static final String S104 = "a #c";
  public static final String S105 = "#c";
  public static final String S106 = "a:";
  public static final String S107 = "|";
  public static final String S108 = ">";
  public static final String S109 = "'";
  public static final String S110 = "\"";
  public static final String S111 = "a,b";
  public static final String S112 = ",";
  public static final String S113 = "a]";
  public static final String S114 = "}";
  public static final String S115 = " lead";
  public static final String S116 = "trail ";
  public static final String S117 = " both ";
  public static final String S118 = "\tlead-tab";
  public static final String S119 = "a\tb";
  public static final String S120 = "trail-tab\t";
  public static final String S121 = "a  b";
  public static final String S122 = "a\nb";
  public static final String S123 = "a\n";
  public static final String S124 = "\na";
  public static final String S125 = "a\n\n";
  public static final String S126 = "\n";
  public static final String S127 = "a\r\nb";
  public static final String S128 = "a\rb";
  public static final String S129 = "line \nnext";
  public static final String S130 = "a\n b";
  public static final String S131 = "a\n\tb";
  public static final String S132 = "  a\nb";
  public static final String S133 = "a\n  ";
  public static final String S134 = "---";
  public static final String S135 = "...";
  public static final String S136 = "--- a";
  public static final String S137 = "... a";
  public static final String S138 = "a\n---\nb";
  public static final String S139 = "a\n...\nb";
  public static final String S140 = "'q'";
  public static final String S141 = "\"q\"";
  public static final String S142 = "it's";
  public static final String S143 = "say \"hi\"";
  public static final String S144 = "\\";
  public static final String S145 = "a\\nb";
  public static final String S146 = "C:\\path\\";
  public static final String S147 = "\u0000";
  public static final String S148 = "\u0001";
  public static final String S149 = "\u0007";
  public static final String S150 = "\u0008";
  public static final String S151 = "\u000B";
  public static final String S152 = "\u000C";
  public static final String S153 = "\u001B";
  public static final String S154 = "\u007F";
  public static final String S155 = "\u0080";
  public static final String S156 = "\u0085";
  public static final String S157 = "\u009F";
  public static final String S158 = "\u00A0";
  public static final String S159 = "\u2028";
  public static final String S160 = "\u2029";
  public static final String S161 = "\uFEFF";
  public static final String S162 = "a\u0085b";
  public static final String S163 = "x\u2029y";
  public static final String S164 = "a\u2028b";
  public static final String S165 = "\uFFFE";
  public static final String S166 = "\uFFFF";
  public static final String S167 = "\uD83D\uDE00";
  public static final String S168 = "\uD834\uDD1E music";
  public static final String S169 = "a\uD83D\uDE00b";
  public static final String S170 = "\u00E9";
  public static final String S171 = "\u65E5\u672C\u8A9E";

  /** All of them, in order: {@code ALL.get(i)} is {@code Si}. */
  public static final List<String> ALL = List.of(
      S0,
      S1,
      S2,
      S3,
      S4,
      S5,
      S6,
      S7,
      S8,
      S9,
      S10,
      S11,
      S12,
      S13,
      S14,
      S15,
      S16,
      S17,
      S18,
      S19,
      S20,
      S21,
      S22,
      S23,
      S24,
      S25,
      S26,
      S27,
      S28,
      S29,
      S30,
      S31,
      S32,
      S33,
      S34,
      S35,
      S36,
      S37,
      S38,
      S39,
      S40,
      S41,
      S42,
      S43,
      S44,
      S45,
      S46,
      S47,
      S48,
      S49,
      S50,
      S51,
      S52,
      S53,
      S54,
      S55,
      S56,
      S57,
      S58,
      S59,
      S60,
      S61,
      S62,
      S63,
      S64,
      S65,
      S66,
      S67,
      S68,
      S69,
      S70,
      S71,
      S72,
      S73,
      S74,
      S75,
      S76,
      S77,
      S78,
      S79,
      S80,
      S81,
      S82,
      S83,
      S84,
      S85,
      S86,
      S87,
      S88,
      S89,
      S90,
      S91,
      S92,
      S93,
      S94,
      S95,
      S96,
      S97,
      S98,
      S99,
      S100,
      S101,
      S102,
      S103,
      S104,
      S105,
      S106,
      S107,
      S108,
      S109,
      S110,
      S111,
      S112,
      S113,
      S114,
      S115,
      S116,
      S117,
      S118,
      S119,
      S120,
      S121,
      S122,
      S123,
      S124,
      S125,
      S126,
      S127,
      S128,
      S129,
      S130,
      S131,
      S132,
      S133,
      S134,
      S135,
      S136,
      S137,
      S138,
      S139,
      S140,
      S141,
      S142,
      S143,
      S144,
      S145,
      S146,
      S147,
      S148,
      S149,
      S150,
      S151,
      S152,
      S153,
      S154,
      S155,
      S156,
      S157,
      S158,
      S159,
      S160,
      S161,
      S162,
      S163,
      S164,
      S165,
      S166,
      S167,
      S168,
      S169,
      S170,
      S171);
}
