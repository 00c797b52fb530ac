	   0: MovReg dst: r6 src: r1
	   1: LdXMemDW dst: r1 src: r6 off: 144 imm: 0
	   2: JSetImm dst: r1 off: -1 imm: 65 <exit>
	   3: LdXMemDW dst: r1 src: r6 off: 88 imm: 0
	   4: JSGTImm dst: r1 off: -1 imm: 2 <cond_holds_1>
	   5: Ja off: -1 <cond_next_3>
cond_next_3:
	   6: LdXMemDW dst: r3 src: r6 off: 80 imm: 0
	   7: JEqImm dst: r3 off: -1 imm: 0 <cond_holds_1>
	   8: AddImm dst: r3 imm: 16
	   9: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  10: MovReg dst: r1 src: rfp
	  11: AddImm dst: r1 imm: -16
	  12: MovImm dst: r2 imm: 4
	  13: Call FnProbeReadUser
	  14: JNEImm dst: r0 off: -1 imm: 0 <cond_holds_1>
	  15: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	  16: LShImm dst: r1 imm: 32
	  17: ArShImm dst: r1 imm: 32
	  18: JEqImm dst: r1 off: -1 imm: 7 <cond_holds_1>
	  19: Ja off: -1 <cond_false_2>
cond_false_2:
	  20: Ja off: -1 <exit>
cond_holds_1:
	  21: MovImm dst: r1 imm: 2
	  22: StXMemW dst: rfp src: r1 off: -8 imm: 0
	  23: LoadMapPtr dst: r1 fd: 0
	  25: MovReg dst: r2 src: rfp
	  26: AddImm dst: r2 imm: -8
	  27: Call FnMapLookupElem
	  28: JEqImm dst: r0 off: -1 imm: 0 <sample_pass_4>
	  29: MovReg dst: r9 src: r0
	  30: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	  31: JSLEImm dst: r1 off: -1 imm: 0 <sample_refill_5>
	  32: MovImm dst: r1 imm: -1
	  33: StXAtomicFetchAddDW dst: r9 src: r1 off: 0
	  34: JSGTImm dst: r1 off: -1 imm: 0 <sample_pass_4>
sample_refill_5:
	  35: Call FnKtimeGetNs
	  36: LdXMemDW dst: r2 src: r9 off: 8 imm: 0
	  37: JEqImm dst: r2 off: -1 imm: 0 <sample_period_6>
	  38: MovReg dst: r3 src: r0
	  39: SubReg dst: r3 src: r2
	  40: LdImmDW dst: r4 imm: 1000000000
	  42: JLTReg dst: r3 off: -1 src: r4 <sampled_7>
sample_period_6:
	  43: MovReg dst: r3 src: r0
	  44: MovReg dst: r0 src: r2
	  45: StXAtomicCmpXchgDW dst: r9 src: r3 off: 8
	  46: JNEReg dst: r0 off: -1 src: r2 <sampled_7>
	  47: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  48: Ja off: -1 <sample_pass_4>
sampled_7:
	  49: MovImm dst: r1 imm: 1
	  50: StXAtomicAddDW dst: r9 src: r1 off: 16
	  51: Ja off: -1 <exit>
sample_pass_4:
	  52: Call FnGetSmpProcessorId
	  53: MovReg dst: r1 src: r0
	  54: StXMemW dst: rfp src: r1 off: -8 imm: 0
	  55: LoadMapPtr dst: r1 fd: 3
	  57: MovReg dst: r2 src: rfp
	  58: AddImm dst: r2 imm: -8
	  59: Call FnMapLookupElem
	  60: JEqImm dst: r0 off: -1 imm: 0 <exit>
	  61: MovReg dst: r8 src: r0
	  62: MovReg dst: r7 src: r0
	  63: AddImm dst: r7 imm: 49664
	  64: LdXMemW dst: r1 src: r8 off: 0 imm: 0
	  65: JNEImm dst: r1 off: -1 imm: 0 <drop_unowned>
	  66: StMemW dst: r8 src: r0 off: 0 imm: 1
	  67: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	  68: AddImm dst: r1 imm: 1
	  69: StXMemW dst: r8 src: r1 off: 4 imm: 0
	  70: StMemW dst: r8 src: r0 off: 8 imm: 240
	  71: StMemW dst: r8 src: r0 off: 80 imm: 240
	  72: StMemW dst: r8 src: r0 off: 12 imm: 2
	  73: StMemW dst: r8 src: r0 off: 16 imm: 0
	  74: StMemW dst: r8 src: r0 off: 20 imm: 0
	  75: StMemW dst: r8 src: r0 off: 24 imm: 0
	  76: StMemW dst: r8 src: r0 off: 28 imm: 0
	  77: StMemH dst: r7 src: r0 off: 4 imm: 2
	  78: StMemH dst: r7 src: r0 off: 6 imm: 0
	  79: StMemB dst: r7 src: r0 off: 8 imm: 0
	  80: StMemH dst: r7 src: r0 off: 14 imm: 16
	  81: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  82: MovReg dst: r1 src: r8
	  83: AddImm dst: r1 imm: 128
	  84: MovImm dst: r2 imm: 152
	  85: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  86: AddImm dst: r3 imm: 8
	  87: Call FnProbeReadUser
	  88: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  89: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  90: Call FnKtimeGetNs
	  91: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  92: MovReg dst: r1 src: r6
	  93: Call FnGetAttachCookie
	  94: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  95: StMemH dst: r7 src: r0 off: 10 imm: 1
	  96: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  97: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  98: SubReg dst: r2 src: r3
	  99: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	 100: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	 101: MovImm dst: r2 imm: 2048
	 102: Ja off: -1 <window_sized>
window_none:
	 103: MovImm dst: r2 imm: 0
window_sized:
	 104: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 105: MovReg dst: r1 src: r8
	 106: AddImm dst: r1 imm: 180992
	 107: Call FnProbeReadUser
	 108: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 109: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 110: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 111: MovReg dst: r1 src: r9
	 112: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 113: SubReg dst: r1 src: r2
	 114: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_8>
	 115: MovReg dst: r2 src: r1
	 116: AddImm dst: r2 imm: 16
	 117: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 118: JGTReg dst: r2 off: -1 src: r3 <frame_read_8>
	 119: AddReg dst: r1 src: r8
	 120: AddImm dst: r1 imm: 180992
	 121: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 122: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 123: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 124: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 125: Ja off: -1 <frame_got_9>
frame_read_8:
	 126: MovReg dst: r1 src: r8
	 127: AddImm dst: r1 imm: 64
	 128: MovImm dst: r2 imm: 16
	 129: MovReg dst: r3 src: r9
	 130: Call FnProbeReadUser
	 131: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_9:
	 132: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 133: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 134: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 135: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 136: StMemH dst: r7 src: r0 off: 10 imm: 2
	 137: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 138: MovReg dst: r1 src: r9
	 139: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 140: SubReg dst: r1 src: r2
	 141: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_10>
	 142: MovReg dst: r2 src: r1
	 143: AddImm dst: r2 imm: 16
	 144: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 145: JGTReg dst: r2 off: -1 src: r3 <frame_read_10>
	 146: AddReg dst: r1 src: r8
	 147: AddImm dst: r1 imm: 180992
	 148: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 149: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 150: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 151: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 152: Ja off: -1 <frame_got_11>
frame_read_10:
	 153: MovReg dst: r1 src: r8
	 154: AddImm dst: r1 imm: 64
	 155: MovImm dst: r2 imm: 16
	 156: MovReg dst: r3 src: r9
	 157: Call FnProbeReadUser
	 158: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_11:
	 159: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 160: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 161: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 162: StMemH dst: r7 src: r0 off: 10 imm: 3
	 163: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 164: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 165: MovReg dst: r9 src: r1
	 166: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 167: MovReg dst: r1 src: r9
	 168: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 169: SubReg dst: r1 src: r2
	 170: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_12>
	 171: MovReg dst: r2 src: r1
	 172: AddImm dst: r2 imm: 16
	 173: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 174: JGTReg dst: r2 off: -1 src: r3 <frame_read_12>
	 175: AddReg dst: r1 src: r8
	 176: AddImm dst: r1 imm: 180992
	 177: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 178: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 179: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 180: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 181: Ja off: -1 <frame_got_13>
frame_read_12:
	 182: MovReg dst: r1 src: r8
	 183: AddImm dst: r1 imm: 64
	 184: MovImm dst: r2 imm: 16
	 185: MovReg dst: r3 src: r9
	 186: Call FnProbeReadUser
	 187: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_13:
	 188: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 189: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 190: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 191: StMemH dst: r7 src: r0 off: 10 imm: 4
	 192: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 193: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 194: MovReg dst: r9 src: r1
	 195: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 196: MovReg dst: r1 src: r9
	 197: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 198: SubReg dst: r1 src: r2
	 199: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_14>
	 200: MovReg dst: r2 src: r1
	 201: AddImm dst: r2 imm: 16
	 202: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 203: JGTReg dst: r2 off: -1 src: r3 <frame_read_14>
	 204: AddReg dst: r1 src: r8
	 205: AddImm dst: r1 imm: 180992
	 206: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 207: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 208: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 209: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 210: Ja off: -1 <frame_got_15>
frame_read_14:
	 211: MovReg dst: r1 src: r8
	 212: AddImm dst: r1 imm: 64
	 213: MovImm dst: r2 imm: 16
	 214: MovReg dst: r3 src: r9
	 215: Call FnProbeReadUser
	 216: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_15:
	 217: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 218: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 219: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 220: StMemH dst: r7 src: r0 off: 10 imm: 5
	 221: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 222: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 223: MovReg dst: r9 src: r1
	 224: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 225: MovReg dst: r1 src: r9
	 226: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 227: SubReg dst: r1 src: r2
	 228: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_16>
	 229: MovReg dst: r2 src: r1
	 230: AddImm dst: r2 imm: 16
	 231: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 232: JGTReg dst: r2 off: -1 src: r3 <frame_read_16>
	 233: AddReg dst: r1 src: r8
	 234: AddImm dst: r1 imm: 180992
	 235: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 236: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 237: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 238: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 239: Ja off: -1 <frame_got_17>
frame_read_16:
	 240: MovReg dst: r1 src: r8
	 241: AddImm dst: r1 imm: 64
	 242: MovImm dst: r2 imm: 16
	 243: MovReg dst: r3 src: r9
	 244: Call FnProbeReadUser
	 245: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_17:
	 246: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 247: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 248: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 249: StMemH dst: r7 src: r0 off: 10 imm: 6
	 250: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 251: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 252: MovReg dst: r9 src: r1
	 253: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 254: MovReg dst: r1 src: r9
	 255: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 256: SubReg dst: r1 src: r2
	 257: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_18>
	 258: MovReg dst: r2 src: r1
	 259: AddImm dst: r2 imm: 16
	 260: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 261: JGTReg dst: r2 off: -1 src: r3 <frame_read_18>
	 262: AddReg dst: r1 src: r8
	 263: AddImm dst: r1 imm: 180992
	 264: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 265: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 266: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 267: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 268: Ja off: -1 <frame_got_19>
frame_read_18:
	 269: MovReg dst: r1 src: r8
	 270: AddImm dst: r1 imm: 64
	 271: MovImm dst: r2 imm: 16
	 272: MovReg dst: r3 src: r9
	 273: Call FnProbeReadUser
	 274: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_19:
	 275: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 276: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 277: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 278: StMemH dst: r7 src: r0 off: 10 imm: 7
	 279: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 280: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 281: MovReg dst: r9 src: r1
	 282: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 283: MovReg dst: r1 src: r9
	 284: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 285: SubReg dst: r1 src: r2
	 286: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_20>
	 287: MovReg dst: r2 src: r1
	 288: AddImm dst: r2 imm: 16
	 289: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 290: JGTReg dst: r2 off: -1 src: r3 <frame_read_20>
	 291: AddReg dst: r1 src: r8
	 292: AddImm dst: r1 imm: 180992
	 293: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 294: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 295: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 296: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 297: Ja off: -1 <frame_got_21>
frame_read_20:
	 298: MovReg dst: r1 src: r8
	 299: AddImm dst: r1 imm: 64
	 300: MovImm dst: r2 imm: 16
	 301: MovReg dst: r3 src: r9
	 302: Call FnProbeReadUser
	 303: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_21:
	 304: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 305: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 306: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 307: StMemH dst: r7 src: r0 off: 10 imm: 8
	 308: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 309: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 310: MovReg dst: r9 src: r1
	 311: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 312: MovReg dst: r1 src: r9
	 313: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 314: SubReg dst: r1 src: r2
	 315: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_22>
	 316: MovReg dst: r2 src: r1
	 317: AddImm dst: r2 imm: 16
	 318: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 319: JGTReg dst: r2 off: -1 src: r3 <frame_read_22>
	 320: AddReg dst: r1 src: r8
	 321: AddImm dst: r1 imm: 180992
	 322: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 323: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 324: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 325: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 326: Ja off: -1 <frame_got_23>
frame_read_22:
	 327: MovReg dst: r1 src: r8
	 328: AddImm dst: r1 imm: 64
	 329: MovImm dst: r2 imm: 16
	 330: MovReg dst: r3 src: r9
	 331: Call FnProbeReadUser
	 332: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_23:
	 333: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 334: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 335: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 336: StMemH dst: r7 src: r0 off: 10 imm: 9
	 337: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 338: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 339: MovReg dst: r9 src: r1
	 340: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 341: MovReg dst: r1 src: r9
	 342: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 343: SubReg dst: r1 src: r2
	 344: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_24>
	 345: MovReg dst: r2 src: r1
	 346: AddImm dst: r2 imm: 16
	 347: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 348: JGTReg dst: r2 off: -1 src: r3 <frame_read_24>
	 349: AddReg dst: r1 src: r8
	 350: AddImm dst: r1 imm: 180992
	 351: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 352: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 353: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 354: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 355: Ja off: -1 <frame_got_25>
frame_read_24:
	 356: MovReg dst: r1 src: r8
	 357: AddImm dst: r1 imm: 64
	 358: MovImm dst: r2 imm: 16
	 359: MovReg dst: r3 src: r9
	 360: Call FnProbeReadUser
	 361: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_25:
	 362: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 363: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 364: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 365: StMemH dst: r7 src: r0 off: 10 imm: 10
	 366: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 367: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 368: MovReg dst: r9 src: r1
	 369: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 370: MovReg dst: r1 src: r9
	 371: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 372: SubReg dst: r1 src: r2
	 373: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_26>
	 374: MovReg dst: r2 src: r1
	 375: AddImm dst: r2 imm: 16
	 376: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 377: JGTReg dst: r2 off: -1 src: r3 <frame_read_26>
	 378: AddReg dst: r1 src: r8
	 379: AddImm dst: r1 imm: 180992
	 380: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 381: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 382: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 383: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 384: Ja off: -1 <frame_got_27>
frame_read_26:
	 385: MovReg dst: r1 src: r8
	 386: AddImm dst: r1 imm: 64
	 387: MovImm dst: r2 imm: 16
	 388: MovReg dst: r3 src: r9
	 389: Call FnProbeReadUser
	 390: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_27:
	 391: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 392: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 393: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 394: StMemH dst: r7 src: r0 off: 10 imm: 11
	 395: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 396: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 397: MovReg dst: r9 src: r1
	 398: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 399: MovReg dst: r1 src: r9
	 400: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 401: SubReg dst: r1 src: r2
	 402: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_28>
	 403: MovReg dst: r2 src: r1
	 404: AddImm dst: r2 imm: 16
	 405: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 406: JGTReg dst: r2 off: -1 src: r3 <frame_read_28>
	 407: AddReg dst: r1 src: r8
	 408: AddImm dst: r1 imm: 180992
	 409: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 410: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 411: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 412: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 413: Ja off: -1 <frame_got_29>
frame_read_28:
	 414: MovReg dst: r1 src: r8
	 415: AddImm dst: r1 imm: 64
	 416: MovImm dst: r2 imm: 16
	 417: MovReg dst: r3 src: r9
	 418: Call FnProbeReadUser
	 419: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_29:
	 420: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 421: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 422: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 423: StMemH dst: r7 src: r0 off: 10 imm: 12
	 424: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 425: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 426: MovReg dst: r9 src: r1
	 427: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 428: MovReg dst: r1 src: r9
	 429: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 430: SubReg dst: r1 src: r2
	 431: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_30>
	 432: MovReg dst: r2 src: r1
	 433: AddImm dst: r2 imm: 16
	 434: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 435: JGTReg dst: r2 off: -1 src: r3 <frame_read_30>
	 436: AddReg dst: r1 src: r8
	 437: AddImm dst: r1 imm: 180992
	 438: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 439: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 440: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 441: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 442: Ja off: -1 <frame_got_31>
frame_read_30:
	 443: MovReg dst: r1 src: r8
	 444: AddImm dst: r1 imm: 64
	 445: MovImm dst: r2 imm: 16
	 446: MovReg dst: r3 src: r9
	 447: Call FnProbeReadUser
	 448: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_31:
	 449: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 450: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 451: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 452: StMemH dst: r7 src: r0 off: 10 imm: 13
	 453: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 454: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 455: MovReg dst: r9 src: r1
	 456: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 457: MovReg dst: r1 src: r9
	 458: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 459: SubReg dst: r1 src: r2
	 460: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_32>
	 461: MovReg dst: r2 src: r1
	 462: AddImm dst: r2 imm: 16
	 463: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 464: JGTReg dst: r2 off: -1 src: r3 <frame_read_32>
	 465: AddReg dst: r1 src: r8
	 466: AddImm dst: r1 imm: 180992
	 467: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 468: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 469: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 470: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 471: Ja off: -1 <frame_got_33>
frame_read_32:
	 472: MovReg dst: r1 src: r8
	 473: AddImm dst: r1 imm: 64
	 474: MovImm dst: r2 imm: 16
	 475: MovReg dst: r3 src: r9
	 476: Call FnProbeReadUser
	 477: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_33:
	 478: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 479: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 480: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 481: StMemH dst: r7 src: r0 off: 10 imm: 14
	 482: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 483: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 484: MovReg dst: r9 src: r1
	 485: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 486: MovReg dst: r1 src: r9
	 487: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 488: SubReg dst: r1 src: r2
	 489: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_34>
	 490: MovReg dst: r2 src: r1
	 491: AddImm dst: r2 imm: 16
	 492: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 493: JGTReg dst: r2 off: -1 src: r3 <frame_read_34>
	 494: AddReg dst: r1 src: r8
	 495: AddImm dst: r1 imm: 180992
	 496: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 497: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 498: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 499: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 500: Ja off: -1 <frame_got_35>
frame_read_34:
	 501: MovReg dst: r1 src: r8
	 502: AddImm dst: r1 imm: 64
	 503: MovImm dst: r2 imm: 16
	 504: MovReg dst: r3 src: r9
	 505: Call FnProbeReadUser
	 506: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_35:
	 507: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 508: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 509: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 510: StMemH dst: r7 src: r0 off: 10 imm: 15
	 511: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 512: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 513: MovReg dst: r9 src: r1
	 514: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 515: MovReg dst: r1 src: r9
	 516: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 517: SubReg dst: r1 src: r2
	 518: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_36>
	 519: MovReg dst: r2 src: r1
	 520: AddImm dst: r2 imm: 16
	 521: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 522: JGTReg dst: r2 off: -1 src: r3 <frame_read_36>
	 523: AddReg dst: r1 src: r8
	 524: AddImm dst: r1 imm: 180992
	 525: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 526: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 527: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 528: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 529: Ja off: -1 <frame_got_37>
frame_read_36:
	 530: MovReg dst: r1 src: r8
	 531: AddImm dst: r1 imm: 64
	 532: MovImm dst: r2 imm: 16
	 533: MovReg dst: r3 src: r9
	 534: Call FnProbeReadUser
	 535: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_37:
	 536: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 537: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 538: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 539: StMemH dst: r7 src: r0 off: 10 imm: 16
	 540: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 541: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 542: MovReg dst: r9 src: r1
	 543: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 544: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 545: OrImm dst: r1 imm: 2
	 546: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 547: MovReg dst: r9 src: r7
	 548: AddImm dst: r9 imm: 168
	 549: StMemW dst: r9 src: r0 off: 0 imm: 3
	 550: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 551: StMemW dst: r9 src: r0 off: 4 imm: 0
	 552: StMemW dst: r9 src: r0 off: 16 imm: 16
	 553: StMemW dst: r9 src: r0 off: 20 imm: 16
	 554: LdXMemDW dst: r2 src: r6 off: 40 imm: 0
	 555: MovReg dst: r1 src: r9
	 556: AddImm dst: r1 imm: 24
	 557: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 558: LdXMemDW dst: r2 src: r6 off: 88 imm: 0
	 559: MovReg dst: r1 src: r9
	 560: AddImm dst: r1 imm: 32
	 561: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 562: MovReg dst: r9 src: r7
	 563: AddImm dst: r9 imm: 208
	 564: StMemW dst: r9 src: r0 off: 0 imm: 7
	 565: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 566: StMemW dst: r9 src: r0 off: 4 imm: 0
	 567: StMemW dst: r9 src: r0 off: 16 imm: 8
	 568: StMemW dst: r9 src: r0 off: 20 imm: 8
	 569: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 570: MovReg dst: r1 src: r9
	 571: AddImm dst: r1 imm: 24
	 572: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 573: LdXMemDW dst: r2 src: r7 off: 192 imm: 0
	 574: LdXMemDW dst: r4 src: r7 off: 200 imm: 0
	 575: JLEImm dst: r4 off: -1 imm: 255 <direct_capped_38>
	 576: MovImm dst: r4 imm: 255
direct_capped_38:
	 577: MovReg dst: r1 src: r8
	 578: MovImm dst: r3 imm: 2
	 579: MovImm dst: r5 imm: 1
	 580: Call -1 <read_item>
	 581: MovImm dst: r9 imm: 0
	 582: LdXMemDW dst: r1 src: r7 off: 232 imm: 0
	 583: JEqImm dst: r1 off: -1 imm: 0 <root_unqueued_39>
	 584: MovImm dst: r3 imm: 1
	 585: MovReg dst: r2 src: r9
	 586: LShImm dst: r2 imm: 5
	 587: AddReg dst: r2 src: r8
	 588: StXMemDW dst: r2 src: r1 off: 512 imm: 0
	 589: StMemW dst: r2 src: r0 off: 520 imm: 4
	 590: StXMemW dst: r2 src: r3 off: 524 imm: 0
	 591: StMemW dst: r2 src: r0 off: 528 imm: 1
	 592: StMemW dst: r2 src: r0 off: 532 imm: 0
	 593: StMemW dst: r2 src: r0 off: 536 imm: 0
	 594: AddImm dst: r9 imm: 1
root_unqueued_39:
	 595: StXMemW dst: r8 src: r9 off: 24 imm: 0
	 596: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	 597: MovImm dst: r1 imm: 16384
	 598: LdImmDW dst: r2 imm: -1 <step>
	 600: MovReg dst: r3 src: rfp
	 601: AddImm dst: r3 imm: -48
	 602: MovImm dst: r4 imm: 0
	 603: Call FnLoop
	 604: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	 605: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	 606: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	 607: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	 608: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	 609: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 610: OrImm dst: r1 imm: 1
	 611: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	 612: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 613: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 614: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 615: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 616: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 617: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 618: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 619: MovImm dst: r4 imm: 1
	 620: AndImm dst: r1 imm: 15
	 621: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 622: LoadMapPtr dst: r1 fd: 7
	 624: MovImm dst: r2 imm: 0
	 625: Call FnRingbufQuery
	 626: MovImm dst: r4 imm: 1
	 627: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 628: MovImm dst: r4 imm: 2
wake_chosen:
	 629: LoadMapPtr dst: r1 fd: 7
	 631: MovReg dst: r2 src: r7
	 632: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 633: AndImm dst: r3 imm: 65535
	 634: Call FnRingbufOutput
	 635: StMemW dst: r8 src: r0 off: 0 imm: 0
	 636: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 637: MovImm dst: r1 imm: 2
	 638: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 639: LoadMapPtr dst: r1 fd: 8
	 641: MovReg dst: r2 src: rfp
	 642: AddImm dst: r2 imm: -8
	 643: Call FnMapLookupElem
	 644: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 645: MovImm dst: r1 imm: 1
	 646: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 647: MovImm dst: r0 imm: 0
	 648: Exit
step:
	 649: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 650: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 651: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	 652: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	 653: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 654: LoadMapPtr dst: r1 fd: 4
	 656: MovReg dst: r2 src: rfp
	 657: AddImm dst: r2 imm: -8
	 658: Call FnMapLookupElem
	 659: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	 660: MovReg dst: r7 src: r0
	 661: MovImm dst: r5 imm: 0
scan_next:
	 662: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	 663: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	 664: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	 665: MovReg dst: r8 src: r1
	 666: AndImm dst: r8 imm: 63
	 667: LShImm dst: r8 imm: 4
	 668: AddReg dst: r8 src: r7
	 669: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	 670: AndImm dst: r9 imm: 65535
	 671: AddImm dst: r1 imm: 1
	 672: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	 673: StXMemW dst: r6 src: r1 off: 44 imm: 0
	 674: Ja off: -1 <slot_ready>
last_slot:
	 675: StMemW dst: r6 src: r0 off: 44 imm: 0
	 676: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	 677: SubImm dst: r1 imm: 1
	 678: StXMemW dst: r6 src: r1 off: 40 imm: 0
	 679: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 680: AddReg dst: r2 src: r9
	 681: StXMemW dst: r6 src: r2 off: 32 imm: 0
	 682: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	 683: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	 684: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	 685: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	 686: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	 687: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	 688: AddReg dst: r2 src: r3
	 689: AddReg dst: r2 src: r9
	 690: AndImm dst: r2 imm: 65535
	 691: AddReg dst: r2 src: r6
	 692: AddImm dst: r2 imm: 49664
	 693: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	 694: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	 695: AndImm dst: r2 imm: 128
	 696: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	 697: Ja off: -1 <cond_ok>
cond_tophash:
	 698: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	 699: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	 700: AddReg dst: r1 src: r9
	 701: AndImm dst: r1 imm: 65535
	 702: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	 703: MovReg dst: r2 src: r3
	 704: SubImm dst: r2 imm: 2
	 705: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	 706: MovReg dst: r2 src: r1
	 707: AddImm dst: r2 imm: 16
	 708: Ja off: -1 <slot_width>
one_word:
	 709: MovReg dst: r2 src: r1
	 710: AddImm dst: r2 imm: 8
slot_width:
	 711: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	 712: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	 713: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 714: MovReg dst: r2 src: r1
	 715: AndImm dst: r2 imm: 65535
	 716: AddReg dst: r2 src: r6
	 717: AddImm dst: r2 imm: 49664
	 718: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	 719: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	 720: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 721: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	 722: AddImm dst: r5 imm: 1
	 723: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	 724: Ja off: -1 <ret0>
slot_dispatch:
	 725: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	 726: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	 727: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	 728: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	 729: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 730: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	 731: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	 732: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	 733: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	 734: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	 735: Ja off: -1 <ret0>
s_pointer:
	 736: Ja off: -1 <s_map>
s_map:
	 737: MovReg dst: r2 src: r1
	 738: AndImm dst: r2 imm: 65535
	 739: AddReg dst: r2 src: r6
	 740: AddImm dst: r2 imm: 49664
	 741: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 742: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 743: MovImm dst: r3 imm: 1
	 744: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	 745: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 746: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	 747: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	 748: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 749: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 750: AddReg dst: r4 src: r0
	 751: JGTImm dst: r4 off: -1 imm: 3 <pushed_40>
	 752: JEqImm dst: r1 off: -1 imm: 0 <pushed_40>
	 753: JEqImm dst: r3 off: -1 imm: 0 <pushed_40>
	 754: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 755: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 756: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 757: NegImm dst: r1 imm: 0
	 758: AddReg dst: r1 src: r0
	 759: JLTImm dst: r1 off: -1 imm: 512 <push_ok_41>
	 760: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 761: OrImm dst: r1 imm: 1
	 762: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 763: Ja off: -1 <pushed_40>
push_ok_41:
	 764: MovReg dst: r1 src: r0
	 765: AddImm dst: r1 imm: 1
	 766: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 767: AndImm dst: r0 imm: 511
	 768: LShImm dst: r0 imm: 5
	 769: AddReg dst: r0 src: r6
	 770: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 771: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 772: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 773: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 774: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 775: StMemW dst: r0 src: r0 off: 532 imm: 0
	 776: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_40:
	 777: Ja off: -1 <ret0>
s_string:
	 778: MovReg dst: r3 src: r1
	 779: AndImm dst: r3 imm: 65535
	 780: AddReg dst: r3 src: r6
	 781: AddImm dst: r3 imm: 49664
	 782: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	 783: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	 784: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	 785: MovImm dst: r4 imm: 255
str_capped:
	 786: MovReg dst: r1 src: r6
	 787: MovImm dst: r3 imm: 2
	 788: MovImm dst: r5 imm: 1
	 789: Call -1 <read_item>
	 790: Ja off: -1 <ret0>
s_slice:
	 791: MovReg dst: r2 src: r1
	 792: AndImm dst: r2 imm: 65535
	 793: AddReg dst: r2 src: r6
	 794: AddImm dst: r2 imm: 49664
	 795: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 796: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	 797: JLEImm dst: r3 off: -1 imm: 100 <cap_42>
	 798: MovImm dst: r3 imm: 100
cap_42:
	 799: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 800: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 801: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 802: AddReg dst: r4 src: r0
	 803: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 804: JGTImm dst: r4 off: -1 imm: 3 <pushed_43>
	 805: JEqImm dst: r1 off: -1 imm: 0 <pushed_43>
	 806: JEqImm dst: r3 off: -1 imm: 0 <pushed_43>
	 807: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 808: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 809: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 810: NegImm dst: r1 imm: 0
	 811: AddReg dst: r1 src: r0
	 812: JLTImm dst: r1 off: -1 imm: 512 <push_ok_44>
	 813: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 814: OrImm dst: r1 imm: 1
	 815: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 816: Ja off: -1 <pushed_43>
push_ok_44:
	 817: MovReg dst: r1 src: r0
	 818: AddImm dst: r1 imm: 1
	 819: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 820: AndImm dst: r0 imm: 511
	 821: LShImm dst: r0 imm: 5
	 822: AddReg dst: r0 src: r6
	 823: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 824: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 825: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 826: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 827: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 828: StMemW dst: r0 src: r0 off: 532 imm: 0
	 829: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_43:
	 830: Ja off: -1 <ret0>
s_inline:
	 831: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 832: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	 833: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 834: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 835: JEqImm dst: r3 off: -1 imm: 0 <pushed_45>
	 836: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 837: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 838: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 839: NegImm dst: r1 imm: 0
	 840: AddReg dst: r1 src: r0
	 841: JLTImm dst: r1 off: -1 imm: 512 <push_ok_46>
	 842: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 843: OrImm dst: r1 imm: 1
	 844: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 845: Ja off: -1 <pushed_45>
push_ok_46:
	 846: MovReg dst: r1 src: r0
	 847: AddImm dst: r1 imm: 1
	 848: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 849: AndImm dst: r0 imm: 511
	 850: LShImm dst: r0 imm: 5
	 851: AddReg dst: r0 src: r6
	 852: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 853: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 854: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 855: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 856: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 857: StMemW dst: r0 src: r0 off: 532 imm: 1
	 858: StXMemW dst: r0 src: r5 off: 536 imm: 0
	 859: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	 860: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_45:
	 861: Ja off: -1 <ret0>
s_swiss_dir:
	 862: MovReg dst: r8 src: r1
	 863: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 864: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 865: LoadMapPtr dst: r1 fd: 4
	 867: MovReg dst: r2 src: rfp
	 868: AddImm dst: r2 imm: -8
	 869: Call FnMapLookupElem
	 870: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 871: MovReg dst: r7 src: r0
	 872: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	 873: AddReg dst: r3 src: r9
	 874: AndImm dst: r3 imm: 65535
	 875: AddReg dst: r3 src: r6
	 876: AddImm dst: r3 imm: 49664
	 877: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 878: MovReg dst: r1 src: r8
	 879: AndImm dst: r1 imm: 65535
	 880: AddReg dst: r1 src: r6
	 881: AddImm dst: r1 imm: 49664
	 882: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 883: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 884: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 885: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	 886: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 887: MovImm dst: r3 imm: 1
	 888: JGTImm dst: r4 off: -1 imm: 3 <pushed_47>
	 889: JEqImm dst: r1 off: -1 imm: 0 <pushed_47>
	 890: JEqImm dst: r3 off: -1 imm: 0 <pushed_47>
	 891: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 892: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 893: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 894: NegImm dst: r1 imm: 0
	 895: AddReg dst: r1 src: r0
	 896: JLTImm dst: r1 off: -1 imm: 512 <push_ok_48>
	 897: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 898: OrImm dst: r1 imm: 1
	 899: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 900: Ja off: -1 <pushed_47>
push_ok_48:
	 901: MovReg dst: r1 src: r0
	 902: AddImm dst: r1 imm: 1
	 903: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 904: AndImm dst: r0 imm: 511
	 905: LShImm dst: r0 imm: 5
	 906: AddReg dst: r0 src: r6
	 907: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 908: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 909: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 910: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 911: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 912: StMemW dst: r0 src: r0 off: 532 imm: 0
	 913: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_47:
	 914: Ja off: -1 <ret0>
swiss_tables:
	 915: JLEImm dst: r3 off: -1 imm: 65535 <cap_49>
	 916: MovImm dst: r3 imm: 65535
cap_49:
	 917: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	 918: JGTImm dst: r4 off: -1 imm: 3 <pushed_50>
	 919: JEqImm dst: r1 off: -1 imm: 0 <pushed_50>
	 920: JEqImm dst: r3 off: -1 imm: 0 <pushed_50>
	 921: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 922: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 923: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 924: NegImm dst: r1 imm: 0
	 925: AddReg dst: r1 src: r0
	 926: JLTImm dst: r1 off: -1 imm: 512 <push_ok_51>
	 927: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 928: OrImm dst: r1 imm: 1
	 929: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 930: Ja off: -1 <pushed_50>
push_ok_51:
	 931: MovReg dst: r1 src: r0
	 932: AddImm dst: r1 imm: 1
	 933: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 934: AndImm dst: r0 imm: 511
	 935: LShImm dst: r0 imm: 5
	 936: AddReg dst: r0 src: r6
	 937: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 938: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 939: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 940: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 941: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 942: StMemW dst: r0 src: r0 off: 532 imm: 0
	 943: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_50:
	 944: Ja off: -1 <ret0>
s_swiss_groups:
	 945: MovReg dst: r8 src: r1
	 946: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 947: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 948: LoadMapPtr dst: r1 fd: 4
	 950: MovReg dst: r2 src: rfp
	 951: AddImm dst: r2 imm: -8
	 952: Call FnMapLookupElem
	 953: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 954: MovReg dst: r7 src: r0
	 955: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	 956: AddReg dst: r3 src: r9
	 957: AndImm dst: r3 imm: 65535
	 958: AddReg dst: r3 src: r6
	 959: AddImm dst: r3 imm: 49664
	 960: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 961: JLEImm dst: r3 off: -1 imm: 65534 <cap_52>
	 962: MovImm dst: r3 imm: 65534
cap_52:
	 963: AddImm dst: r3 imm: 1
	 964: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	 965: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	 966: AddReg dst: r2 src: r9
	 967: AndImm dst: r2 imm: 65535
	 968: AddReg dst: r2 src: r6
	 969: AddImm dst: r2 imm: 49664
	 970: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	 971: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	 972: MovReg dst: r0 src: r3
	 973: MulImm dst: r0 imm: 200
	 974: AddReg dst: r0 src: r2
	 975: SubImm dst: r0 imm: 1
	 976: DivReg dst: r0 src: r2
	 977: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	 978: MovReg dst: r3 src: r0
groups_counted:
	 979: MovReg dst: r1 src: r8
	 980: AndImm dst: r1 imm: 65535
	 981: AddReg dst: r1 src: r6
	 982: AddImm dst: r1 imm: 49664
	 983: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 984: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 985: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 986: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 987: JGTImm dst: r4 off: -1 imm: 3 <pushed_53>
	 988: JEqImm dst: r1 off: -1 imm: 0 <pushed_53>
	 989: JEqImm dst: r3 off: -1 imm: 0 <pushed_53>
	 990: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 991: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 992: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 993: NegImm dst: r1 imm: 0
	 994: AddReg dst: r1 src: r0
	 995: JLTImm dst: r1 off: -1 imm: 512 <push_ok_54>
	 996: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 997: OrImm dst: r1 imm: 1
	 998: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 999: Ja off: -1 <pushed_53>
push_ok_54:
	1000: MovReg dst: r1 src: r0
	1001: AddImm dst: r1 imm: 1
	1002: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1003: AndImm dst: r0 imm: 511
	1004: LShImm dst: r0 imm: 5
	1005: AddReg dst: r0 src: r6
	1006: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1007: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1008: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1009: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1010: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1011: StMemW dst: r0 src: r0 off: 532 imm: 0
	1012: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_53:
	1013: Ja off: -1 <ret0>
s_hmap_buckets:
	1014: MovReg dst: r8 src: r1
	1015: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1016: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1017: LoadMapPtr dst: r1 fd: 4
	1019: MovReg dst: r2 src: rfp
	1020: AddImm dst: r2 imm: -8
	1021: Call FnMapLookupElem
	1022: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1023: MovReg dst: r7 src: r0
	1024: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1025: AddReg dst: r0 src: r9
	1026: AndImm dst: r0 imm: 65535
	1027: AddReg dst: r0 src: r6
	1028: AddImm dst: r0 imm: 49664
	1029: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1030: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1031: MovImm dst: r0 imm: 16
hmap_b:
	1032: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1033: MovImm dst: r3 imm: 1
	1034: LShReg dst: r3 src: r0
	1035: MovReg dst: r1 src: r8
	1036: AndImm dst: r1 imm: 65535
	1037: AddReg dst: r1 src: r6
	1038: AddImm dst: r1 imm: 49664
	1039: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1040: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1041: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1042: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1043: JGTImm dst: r4 off: -1 imm: 3 <pushed_55>
	1044: JEqImm dst: r1 off: -1 imm: 0 <pushed_55>
	1045: JEqImm dst: r3 off: -1 imm: 0 <pushed_55>
	1046: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1047: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1048: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1049: NegImm dst: r1 imm: 0
	1050: AddReg dst: r1 src: r0
	1051: JLTImm dst: r1 off: -1 imm: 512 <push_ok_56>
	1052: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1053: OrImm dst: r1 imm: 1
	1054: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1055: Ja off: -1 <pushed_55>
push_ok_56:
	1056: MovReg dst: r1 src: r0
	1057: AddImm dst: r1 imm: 1
	1058: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1059: AndImm dst: r0 imm: 511
	1060: LShImm dst: r0 imm: 5
	1061: AddReg dst: r0 src: r6
	1062: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1063: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1064: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1065: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1066: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1067: StMemW dst: r0 src: r0 off: 532 imm: 0
	1068: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_55:
	1069: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1070: AddReg dst: r1 src: r9
	1071: AndImm dst: r1 imm: 65535
	1072: AddReg dst: r1 src: r6
	1073: AddImm dst: r1 imm: 49664
	1074: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1075: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1076: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1077: SubImm dst: r0 imm: 1
	1078: MovImm dst: r3 imm: 1
	1079: LShReg dst: r3 src: r0
	1080: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1081: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1082: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1083: JGTImm dst: r4 off: -1 imm: 3 <pushed_57>
	1084: JEqImm dst: r1 off: -1 imm: 0 <pushed_57>
	1085: JEqImm dst: r3 off: -1 imm: 0 <pushed_57>
	1086: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1087: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1088: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1089: NegImm dst: r1 imm: 0
	1090: AddReg dst: r1 src: r0
	1091: JLTImm dst: r1 off: -1 imm: 512 <push_ok_58>
	1092: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1093: OrImm dst: r1 imm: 1
	1094: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1095: Ja off: -1 <pushed_57>
push_ok_58:
	1096: MovReg dst: r1 src: r0
	1097: AddImm dst: r1 imm: 1
	1098: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1099: AndImm dst: r0 imm: 511
	1100: LShImm dst: r0 imm: 5
	1101: AddReg dst: r0 src: r6
	1102: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1103: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1104: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1105: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1106: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1107: StMemW dst: r0 src: r0 off: 532 imm: 0
	1108: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_57:
	1109: Ja off: -1 <ret0>
s_iface:
	1110: MovReg dst: r9 src: r1
	1111: MovReg dst: r2 src: r1
	1112: AndImm dst: r2 imm: 65535
	1113: AddReg dst: r2 src: r6
	1114: AddImm dst: r2 imm: 49664
	1115: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1116: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1117: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1118: MovReg dst: r1 src: r6
	1119: MovImm dst: r3 imm: 20
	1120: MovImm dst: r4 imm: 1
	1121: MovImm dst: r5 imm: 0
	1122: Call -1 <read_item>
	1123: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1124: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1125: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1126: MovReg dst: r1 src: r0
	1127: AndImm dst: r1 imm: 65535
	1128: AddReg dst: r1 src: r6
	1129: AddImm dst: r1 imm: 49664
	1130: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1131: Ja off: -1 <iface_type>
itab_reread:
	1132: MovReg dst: r1 src: rfp
	1133: AddImm dst: r1 imm: -8
	1134: MovImm dst: r2 imm: 8
	1135: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1136: AddImm dst: r3 imm: 8
	1137: Call FnProbeReadUser
	1138: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1139: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1140: Ja off: -1 <iface_type>
s_eface:
	1141: MovReg dst: r9 src: r1
	1142: MovReg dst: r2 src: r1
	1143: AndImm dst: r2 imm: 65535
	1144: AddReg dst: r2 src: r6
	1145: AddImm dst: r2 imm: 49664
	1146: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1147: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1148: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1149: LoadMapPtr dst: r1 fd: 5
	1151: MovReg dst: r2 src: rfp
	1152: AddImm dst: r2 imm: -8
	1153: Call FnMapLookupElem
	1154: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1155: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1156: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1157: MovImm dst: r3 imm: 1
	1158: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1159: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1160: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1161: MovReg dst: r1 src: r9
	1162: AndImm dst: r1 imm: 65535
	1163: AddReg dst: r1 src: r6
	1164: AddImm dst: r1 imm: 49664
	1165: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1166: AddImm dst: r4 imm: 1
	1167: JGTImm dst: r4 off: -1 imm: 3 <pushed_59>
	1168: JEqImm dst: r1 off: -1 imm: 0 <pushed_59>
	1169: JEqImm dst: r3 off: -1 imm: 0 <pushed_59>
	1170: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1171: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1172: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1173: NegImm dst: r1 imm: 0
	1174: AddReg dst: r1 src: r0
	1175: JLTImm dst: r1 off: -1 imm: 512 <push_ok_60>
	1176: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1177: OrImm dst: r1 imm: 1
	1178: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1179: Ja off: -1 <pushed_59>
push_ok_60:
	1180: MovReg dst: r1 src: r0
	1181: AddImm dst: r1 imm: 1
	1182: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1183: AndImm dst: r0 imm: 511
	1184: LShImm dst: r0 imm: 5
	1185: AddReg dst: r0 src: r6
	1186: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1187: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1188: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1189: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1190: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1191: StMemW dst: r0 src: r0 off: 532 imm: 0
	1192: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_59:
	1193: Ja off: -1 <ret0>
iface_direct:
	1194: MovReg dst: r1 src: r9
	1195: AddImm dst: r1 imm: 8
	1196: JEqImm dst: r3 off: -1 imm: 0 <pushed_61>
	1197: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1198: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1199: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1200: NegImm dst: r1 imm: 0
	1201: AddReg dst: r1 src: r0
	1202: JLTImm dst: r1 off: -1 imm: 512 <push_ok_62>
	1203: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1204: OrImm dst: r1 imm: 1
	1205: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1206: Ja off: -1 <pushed_61>
push_ok_62:
	1207: MovReg dst: r1 src: r0
	1208: AddImm dst: r1 imm: 1
	1209: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1210: AndImm dst: r0 imm: 511
	1211: LShImm dst: r0 imm: 5
	1212: AddReg dst: r0 src: r6
	1213: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1214: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1215: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1216: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1217: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1218: StMemW dst: r0 src: r0 off: 532 imm: 1
	1219: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1220: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1221: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_61:
	1222: Ja off: -1 <ret0>
scan_end:
	1223: StMemW dst: r6 src: r0 off: 28 imm: 0
	1224: Ja off: -1 <ret0>
pop:
	1225: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1226: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1227: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1228: MovImm dst: r0 imm: 1
	1229: Exit
have_task:
	1230: MovReg dst: r2 src: r1
	1231: AddImm dst: r2 imm: 1
	1232: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1233: MovReg dst: r8 src: r1
	1234: AndImm dst: r8 imm: 511
	1235: LShImm dst: r8 imm: 5
	1236: AddReg dst: r8 src: r6
	1237: AddImm dst: r8 imm: 512
	1238: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1239: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1240: LoadMapPtr dst: r1 fd: 4
	1242: MovReg dst: r2 src: rfp
	1243: AddImm dst: r2 imm: -8
	1244: Call FnMapLookupElem
	1245: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1246: MovReg dst: r7 src: r0
	1247: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1248: JEqImm dst: r1 off: -1 imm: 0 <read>
	1249: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1250: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1251: Ja off: -1 <start_scan>
read:
	1252: MovReg dst: r1 src: r6
	1253: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1254: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1255: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1256: MovImm dst: r5 imm: 1
	1257: Call -1 <read_item>
	1258: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1259: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1260: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1261: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1262: AddReg dst: r2 src: r0
	1263: MovReg dst: r1 src: r0
start_scan:
	1264: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1265: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1266: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1267: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1268: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1269: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1270: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1271: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1272: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1273: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1274: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1275: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1276: StMemW dst: r6 src: r0 off: 44 imm: 0
	1277: StMemW dst: r6 src: r0 off: 28 imm: 1
	1278: Ja off: -1 <scan>
ret0:
	1279: MovImm dst: r0 imm: 0
	1280: Exit
read_item:
	1281: MovReg dst: r6 src: r1
	1282: MovReg dst: r9 src: r2
	1283: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1284: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1285: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1286: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1287: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1288: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1289: LoadMapPtr dst: r1 fd: 4
	1291: MovReg dst: r2 src: rfp
	1292: AddImm dst: r2 imm: -8
	1293: Call FnMapLookupElem
	1294: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1295: MovReg dst: r7 src: r0
	1296: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1297: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1298: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1299: MulReg dst: r1 src: r2
	1300: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1301: MovImm dst: r1 imm: 65535
ri_asked:
	1302: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1303: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1304: MovReg dst: r3 src: r2
	1305: LShImm dst: r3 imm: 40
	1306: MovReg dst: r1 src: r9
	1307: XorReg dst: r1 src: r3
	1308: LdImmDW dst: r3 imm: -7046029254386353131
	1310: MulReg dst: r1 src: r3
	1311: RShImm dst: r1 imm: 54
	1312: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1313: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1314: MovReg dst: r4 src: r1
	1315: AddImm dst: r4 imm: 0
	1316: AndImm dst: r4 imm: 1023
	1317: LShImm dst: r4 imm: 5
	1318: AddReg dst: r4 src: r6
	1319: AddImm dst: r4 imm: 16896
	1320: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1321: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1322: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1323: JNEReg dst: r5 off: -1 src: r9 <dedup_next_63>
	1324: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1325: JNEReg dst: r5 off: -1 src: r2 <dedup_next_63>
	1326: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1327: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1328: Ja off: -1 <dedup_insert>
dedup_next_63:
	1329: MovReg dst: r4 src: r1
	1330: AddImm dst: r4 imm: 1
	1331: AndImm dst: r4 imm: 1023
	1332: LShImm dst: r4 imm: 5
	1333: AddReg dst: r4 src: r6
	1334: AddImm dst: r4 imm: 16896
	1335: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1336: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1337: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1338: JNEReg dst: r5 off: -1 src: r9 <dedup_next_64>
	1339: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1340: JNEReg dst: r5 off: -1 src: r2 <dedup_next_64>
	1341: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1342: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1343: Ja off: -1 <dedup_insert>
dedup_next_64:
	1344: MovReg dst: r4 src: r1
	1345: AddImm dst: r4 imm: 2
	1346: AndImm dst: r4 imm: 1023
	1347: LShImm dst: r4 imm: 5
	1348: AddReg dst: r4 src: r6
	1349: AddImm dst: r4 imm: 16896
	1350: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1351: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1352: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1353: JNEReg dst: r5 off: -1 src: r9 <dedup_next_65>
	1354: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1355: JNEReg dst: r5 off: -1 src: r2 <dedup_next_65>
	1356: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1357: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1358: Ja off: -1 <dedup_insert>
dedup_next_65:
	1359: MovReg dst: r4 src: r1
	1360: AddImm dst: r4 imm: 3
	1361: AndImm dst: r4 imm: 1023
	1362: LShImm dst: r4 imm: 5
	1363: AddReg dst: r4 src: r6
	1364: AddImm dst: r4 imm: 16896
	1365: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1366: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1367: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1368: JNEReg dst: r5 off: -1 src: r9 <dedup_next_66>
	1369: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1370: JNEReg dst: r5 off: -1 src: r2 <dedup_next_66>
	1371: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1372: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1373: Ja off: -1 <dedup_insert>
dedup_next_66:
	1374: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1375: OrImm dst: r1 imm: 1
	1376: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1377: Ja off: -1 <ri_none>
dedup_insert:
	1378: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1379: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1380: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1381: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1382: MovImm dst: r1 imm: 4200
	1383: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1384: SubReg dst: r1 src: r2
	1385: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1386: JSGTReg dst: r3 off: -1 src: r1 <ri_cut>
	1387: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1388: StXMemW dst: r6 src: r2 off: 84 imm: 0
	1389: Ja off: -1 <ri_prefix>
ri_cut:
	1390: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1391: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1392: AndImm dst: r1 imm: -8
	1393: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1394: MovReg dst: r3 src: r1
	1395: StMemW dst: r6 src: r0 off: 84 imm: 1
	1396: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1397: OrImm dst: r1 imm: 1
	1398: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1399: Ja off: -1 <ri_prefix>
ri_no_room:
	1400: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1401: OrImm dst: r1 imm: 1
	1402: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1403: Ja off: -1 <ri_none>
ri_room:
	1404: DivReg dst: r1 src: r2
	1405: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1406: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1407: MovReg dst: r3 src: r1
	1408: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1409: OrImm dst: r1 imm: 1
	1410: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1411: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1412: MulReg dst: r3 src: r2
ri_prefix:
	1413: AndImm dst: r3 imm: 65535
	1414: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1415: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1416: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1417: AndImm dst: r1 imm: 65535
	1418: AddReg dst: r1 src: r6
	1419: AddImm dst: r1 imm: 49664
	1420: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1421: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1422: StMemW dst: r1 src: r0 off: 4 imm: 0
	1423: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1424: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1425: MovReg dst: r2 src: r3
	1426: AddImm dst: r2 imm: 7
	1427: AndImm dst: r2 imm: -8
	1428: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1429: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1430: AddImm dst: r2 imm: 1
	1431: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1432: AddImm dst: r1 imm: 24
	1433: MovReg dst: r2 src: r3
	1434: MovReg dst: r3 src: r9
	1435: Call FnProbeReadUser
	1436: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1437: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1438: AndImm dst: r1 imm: 65535
	1439: AddReg dst: r1 src: r6
	1440: AddImm dst: r1 imm: 49664
	1441: StMemW dst: r1 src: r0 off: 4 imm: 1
	1442: StMemW dst: r1 src: r0 off: 16 imm: 0
	1443: StMemW dst: r1 src: r0 off: 20 imm: 0
	1444: MovImm dst: r2 imm: 0
	1445: Ja off: -1 <ri_advance>
ri_read:
	1446: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1447: AddImm dst: r2 imm: 7
	1448: AndImm dst: r2 imm: -8
ri_advance:
	1449: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1450: AddImm dst: r1 imm: 24
	1451: MovReg dst: r0 src: r1
	1452: AddReg dst: r1 src: r2
	1453: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1454: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1455: AddImm dst: r1 imm: 24
	1456: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1457: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1458: AddReg dst: r1 src: r2
	1459: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1460: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1461: Exit
ri_static:
	1462: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1463: AndImm dst: r1 imm: 65535
	1464: AddReg dst: r1 src: r6
	1465: AddImm dst: r1 imm: 49664
	1466: StMemW dst: r1 src: r0 off: 4 imm: 128
	1467: StMemW dst: r1 src: r0 off: 20 imm: 0
	1468: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1469: AddImm dst: r1 imm: 24
	1470: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1471: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1472: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1473: AddImm dst: r2 imm: 31
	1474: AndImm dst: r2 imm: -8
	1475: AddReg dst: r1 src: r2
	1476: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1477: MovImm dst: r0 imm: -1
	1478: Exit
