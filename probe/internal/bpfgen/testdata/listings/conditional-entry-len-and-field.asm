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
	  75: StMemW dst: r8 src: r0 off: 24 imm: 2
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
	 573: StMemDW dst: r8 src: r0 off: 512 imm: 192
	 574: StMemW dst: r8 src: r0 off: 520 imm: 3
	 575: StMemW dst: r8 src: r0 off: 524 imm: 1
	 576: StMemW dst: r8 src: r0 off: 528 imm: 0
	 577: StMemW dst: r8 src: r0 off: 532 imm: 1
	 578: StMemW dst: r8 src: r0 off: 536 imm: 0
	 579: StMemW dst: r8 src: r0 off: 540 imm: 208
	 580: StMemDW dst: r8 src: r0 off: 544 imm: 232
	 581: StMemW dst: r8 src: r0 off: 552 imm: 7
	 582: StMemW dst: r8 src: r0 off: 556 imm: 1
	 583: StMemW dst: r8 src: r0 off: 560 imm: 0
	 584: StMemW dst: r8 src: r0 off: 564 imm: 1
	 585: StMemW dst: r8 src: r0 off: 568 imm: 0
	 586: StMemW dst: r8 src: r0 off: 572 imm: 240
	 587: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	 588: MovImm dst: r1 imm: 16384
	 589: LdImmDW dst: r2 imm: -1 <step>
	 591: MovReg dst: r3 src: rfp
	 592: AddImm dst: r3 imm: -48
	 593: MovImm dst: r4 imm: 0
	 594: Call FnLoop
	 595: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	 596: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	 597: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	 598: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	 599: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	 600: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 601: OrImm dst: r1 imm: 1
	 602: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	 603: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 604: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 605: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 606: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 607: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 608: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 609: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 610: MovImm dst: r4 imm: 1
	 611: AndImm dst: r1 imm: 15
	 612: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 613: LoadMapPtr dst: r1 fd: 7
	 615: MovImm dst: r2 imm: 0
	 616: Call FnRingbufQuery
	 617: MovImm dst: r4 imm: 1
	 618: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 619: MovImm dst: r4 imm: 2
wake_chosen:
	 620: LoadMapPtr dst: r1 fd: 7
	 622: MovReg dst: r2 src: r7
	 623: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 624: AndImm dst: r3 imm: 65535
	 625: Call FnRingbufOutput
	 626: StMemW dst: r8 src: r0 off: 0 imm: 0
	 627: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 628: MovImm dst: r1 imm: 2
	 629: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 630: LoadMapPtr dst: r1 fd: 8
	 632: MovReg dst: r2 src: rfp
	 633: AddImm dst: r2 imm: -8
	 634: Call FnMapLookupElem
	 635: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 636: MovImm dst: r1 imm: 1
	 637: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 638: MovImm dst: r0 imm: 0
	 639: Exit
step:
	 640: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 641: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 642: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	 643: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	 644: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 645: LoadMapPtr dst: r1 fd: 4
	 647: MovReg dst: r2 src: rfp
	 648: AddImm dst: r2 imm: -8
	 649: Call FnMapLookupElem
	 650: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	 651: MovReg dst: r7 src: r0
	 652: MovImm dst: r5 imm: 0
scan_next:
	 653: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	 654: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	 655: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	 656: MovReg dst: r8 src: r1
	 657: AndImm dst: r8 imm: 63
	 658: LShImm dst: r8 imm: 4
	 659: AddReg dst: r8 src: r7
	 660: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	 661: AndImm dst: r9 imm: 65535
	 662: AddImm dst: r1 imm: 1
	 663: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	 664: StXMemW dst: r6 src: r1 off: 44 imm: 0
	 665: Ja off: -1 <slot_ready>
last_slot:
	 666: StMemW dst: r6 src: r0 off: 44 imm: 0
	 667: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	 668: SubImm dst: r1 imm: 1
	 669: StXMemW dst: r6 src: r1 off: 40 imm: 0
	 670: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 671: AddReg dst: r2 src: r9
	 672: StXMemW dst: r6 src: r2 off: 32 imm: 0
	 673: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	 674: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	 675: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	 676: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	 677: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	 678: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	 679: AddReg dst: r2 src: r3
	 680: AddReg dst: r2 src: r9
	 681: AndImm dst: r2 imm: 65535
	 682: AddReg dst: r2 src: r6
	 683: AddImm dst: r2 imm: 49664
	 684: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	 685: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	 686: AndImm dst: r2 imm: 128
	 687: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	 688: Ja off: -1 <cond_ok>
cond_tophash:
	 689: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	 690: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	 691: AddReg dst: r1 src: r9
	 692: AndImm dst: r1 imm: 65535
	 693: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	 694: MovReg dst: r2 src: r3
	 695: SubImm dst: r2 imm: 2
	 696: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	 697: MovReg dst: r2 src: r1
	 698: AddImm dst: r2 imm: 16
	 699: Ja off: -1 <slot_width>
one_word:
	 700: MovReg dst: r2 src: r1
	 701: AddImm dst: r2 imm: 8
slot_width:
	 702: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	 703: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	 704: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 705: MovReg dst: r2 src: r1
	 706: AndImm dst: r2 imm: 65535
	 707: AddReg dst: r2 src: r6
	 708: AddImm dst: r2 imm: 49664
	 709: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	 710: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	 711: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 712: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	 713: AddImm dst: r5 imm: 1
	 714: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	 715: Ja off: -1 <ret0>
slot_dispatch:
	 716: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	 717: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	 718: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	 719: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	 720: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 721: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	 722: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	 723: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	 724: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	 725: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	 726: Ja off: -1 <ret0>
s_pointer:
	 727: Ja off: -1 <s_map>
s_map:
	 728: MovReg dst: r2 src: r1
	 729: AndImm dst: r2 imm: 65535
	 730: AddReg dst: r2 src: r6
	 731: AddImm dst: r2 imm: 49664
	 732: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 733: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 734: MovImm dst: r3 imm: 1
	 735: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	 736: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 737: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	 738: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	 739: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 740: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 741: AddReg dst: r4 src: r0
	 742: JGTImm dst: r4 off: -1 imm: 3 <pushed_38>
	 743: JEqImm dst: r1 off: -1 imm: 0 <pushed_38>
	 744: JEqImm dst: r3 off: -1 imm: 0 <pushed_38>
	 745: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 746: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 747: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 748: NegImm dst: r1 imm: 0
	 749: AddReg dst: r1 src: r0
	 750: JLTImm dst: r1 off: -1 imm: 512 <push_ok_39>
	 751: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 752: OrImm dst: r1 imm: 1
	 753: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 754: Ja off: -1 <pushed_38>
push_ok_39:
	 755: MovReg dst: r1 src: r0
	 756: AddImm dst: r1 imm: 1
	 757: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 758: AndImm dst: r0 imm: 511
	 759: LShImm dst: r0 imm: 5
	 760: AddReg dst: r0 src: r6
	 761: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 762: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 763: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 764: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 765: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 766: StMemW dst: r0 src: r0 off: 532 imm: 0
	 767: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_38:
	 768: Ja off: -1 <ret0>
s_string:
	 769: MovReg dst: r3 src: r1
	 770: AndImm dst: r3 imm: 65535
	 771: AddReg dst: r3 src: r6
	 772: AddImm dst: r3 imm: 49664
	 773: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	 774: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	 775: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	 776: MovImm dst: r4 imm: 255
str_capped:
	 777: MovReg dst: r1 src: r6
	 778: MovImm dst: r3 imm: 2
	 779: MovImm dst: r5 imm: 1
	 780: Call -1 <read_item>
	 781: Ja off: -1 <ret0>
s_slice:
	 782: MovReg dst: r2 src: r1
	 783: AndImm dst: r2 imm: 65535
	 784: AddReg dst: r2 src: r6
	 785: AddImm dst: r2 imm: 49664
	 786: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 787: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	 788: JLEImm dst: r3 off: -1 imm: 100 <cap_40>
	 789: MovImm dst: r3 imm: 100
cap_40:
	 790: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 791: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 792: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 793: AddReg dst: r4 src: r0
	 794: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 795: JGTImm dst: r4 off: -1 imm: 3 <pushed_41>
	 796: JEqImm dst: r1 off: -1 imm: 0 <pushed_41>
	 797: JEqImm dst: r3 off: -1 imm: 0 <pushed_41>
	 798: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 799: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 800: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 801: NegImm dst: r1 imm: 0
	 802: AddReg dst: r1 src: r0
	 803: JLTImm dst: r1 off: -1 imm: 512 <push_ok_42>
	 804: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 805: OrImm dst: r1 imm: 1
	 806: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 807: Ja off: -1 <pushed_41>
push_ok_42:
	 808: MovReg dst: r1 src: r0
	 809: AddImm dst: r1 imm: 1
	 810: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 811: AndImm dst: r0 imm: 511
	 812: LShImm dst: r0 imm: 5
	 813: AddReg dst: r0 src: r6
	 814: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 815: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 816: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 817: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 818: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 819: StMemW dst: r0 src: r0 off: 532 imm: 0
	 820: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_41:
	 821: Ja off: -1 <ret0>
s_inline:
	 822: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 823: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	 824: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 825: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 826: JEqImm dst: r3 off: -1 imm: 0 <pushed_43>
	 827: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 828: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 829: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 830: NegImm dst: r1 imm: 0
	 831: AddReg dst: r1 src: r0
	 832: JLTImm dst: r1 off: -1 imm: 512 <push_ok_44>
	 833: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 834: OrImm dst: r1 imm: 1
	 835: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 836: Ja off: -1 <pushed_43>
push_ok_44:
	 837: MovReg dst: r1 src: r0
	 838: AddImm dst: r1 imm: 1
	 839: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 840: AndImm dst: r0 imm: 511
	 841: LShImm dst: r0 imm: 5
	 842: AddReg dst: r0 src: r6
	 843: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 844: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 845: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 846: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 847: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 848: StMemW dst: r0 src: r0 off: 532 imm: 1
	 849: StXMemW dst: r0 src: r5 off: 536 imm: 0
	 850: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	 851: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_43:
	 852: Ja off: -1 <ret0>
s_swiss_dir:
	 853: MovReg dst: r8 src: r1
	 854: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 855: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 856: LoadMapPtr dst: r1 fd: 4
	 858: MovReg dst: r2 src: rfp
	 859: AddImm dst: r2 imm: -8
	 860: Call FnMapLookupElem
	 861: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 862: MovReg dst: r7 src: r0
	 863: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	 864: AddReg dst: r3 src: r9
	 865: AndImm dst: r3 imm: 65535
	 866: AddReg dst: r3 src: r6
	 867: AddImm dst: r3 imm: 49664
	 868: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 869: MovReg dst: r1 src: r8
	 870: AndImm dst: r1 imm: 65535
	 871: AddReg dst: r1 src: r6
	 872: AddImm dst: r1 imm: 49664
	 873: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 874: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 875: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 876: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	 877: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 878: MovImm dst: r3 imm: 1
	 879: JGTImm dst: r4 off: -1 imm: 3 <pushed_45>
	 880: JEqImm dst: r1 off: -1 imm: 0 <pushed_45>
	 881: JEqImm dst: r3 off: -1 imm: 0 <pushed_45>
	 882: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 883: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 884: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 885: NegImm dst: r1 imm: 0
	 886: AddReg dst: r1 src: r0
	 887: JLTImm dst: r1 off: -1 imm: 512 <push_ok_46>
	 888: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 889: OrImm dst: r1 imm: 1
	 890: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 891: Ja off: -1 <pushed_45>
push_ok_46:
	 892: MovReg dst: r1 src: r0
	 893: AddImm dst: r1 imm: 1
	 894: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 895: AndImm dst: r0 imm: 511
	 896: LShImm dst: r0 imm: 5
	 897: AddReg dst: r0 src: r6
	 898: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 899: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 900: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 901: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 902: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 903: StMemW dst: r0 src: r0 off: 532 imm: 0
	 904: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_45:
	 905: Ja off: -1 <ret0>
swiss_tables:
	 906: JLEImm dst: r3 off: -1 imm: 65535 <cap_47>
	 907: MovImm dst: r3 imm: 65535
cap_47:
	 908: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	 909: JGTImm dst: r4 off: -1 imm: 3 <pushed_48>
	 910: JEqImm dst: r1 off: -1 imm: 0 <pushed_48>
	 911: JEqImm dst: r3 off: -1 imm: 0 <pushed_48>
	 912: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 913: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 914: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 915: NegImm dst: r1 imm: 0
	 916: AddReg dst: r1 src: r0
	 917: JLTImm dst: r1 off: -1 imm: 512 <push_ok_49>
	 918: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 919: OrImm dst: r1 imm: 1
	 920: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 921: Ja off: -1 <pushed_48>
push_ok_49:
	 922: MovReg dst: r1 src: r0
	 923: AddImm dst: r1 imm: 1
	 924: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 925: AndImm dst: r0 imm: 511
	 926: LShImm dst: r0 imm: 5
	 927: AddReg dst: r0 src: r6
	 928: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 929: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 930: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 931: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 932: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 933: StMemW dst: r0 src: r0 off: 532 imm: 0
	 934: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_48:
	 935: Ja off: -1 <ret0>
s_swiss_groups:
	 936: MovReg dst: r8 src: r1
	 937: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 938: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 939: LoadMapPtr dst: r1 fd: 4
	 941: MovReg dst: r2 src: rfp
	 942: AddImm dst: r2 imm: -8
	 943: Call FnMapLookupElem
	 944: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 945: MovReg dst: r7 src: r0
	 946: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	 947: AddReg dst: r3 src: r9
	 948: AndImm dst: r3 imm: 65535
	 949: AddReg dst: r3 src: r6
	 950: AddImm dst: r3 imm: 49664
	 951: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 952: JLEImm dst: r3 off: -1 imm: 65534 <cap_50>
	 953: MovImm dst: r3 imm: 65534
cap_50:
	 954: AddImm dst: r3 imm: 1
	 955: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	 956: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	 957: AddReg dst: r2 src: r9
	 958: AndImm dst: r2 imm: 65535
	 959: AddReg dst: r2 src: r6
	 960: AddImm dst: r2 imm: 49664
	 961: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	 962: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	 963: MovReg dst: r0 src: r3
	 964: MulImm dst: r0 imm: 200
	 965: AddReg dst: r0 src: r2
	 966: SubImm dst: r0 imm: 1
	 967: DivReg dst: r0 src: r2
	 968: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	 969: MovReg dst: r3 src: r0
groups_counted:
	 970: MovReg dst: r1 src: r8
	 971: AndImm dst: r1 imm: 65535
	 972: AddReg dst: r1 src: r6
	 973: AddImm dst: r1 imm: 49664
	 974: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 975: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 976: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 977: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 978: JGTImm dst: r4 off: -1 imm: 3 <pushed_51>
	 979: JEqImm dst: r1 off: -1 imm: 0 <pushed_51>
	 980: JEqImm dst: r3 off: -1 imm: 0 <pushed_51>
	 981: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 982: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 983: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 984: NegImm dst: r1 imm: 0
	 985: AddReg dst: r1 src: r0
	 986: JLTImm dst: r1 off: -1 imm: 512 <push_ok_52>
	 987: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 988: OrImm dst: r1 imm: 1
	 989: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 990: Ja off: -1 <pushed_51>
push_ok_52:
	 991: MovReg dst: r1 src: r0
	 992: AddImm dst: r1 imm: 1
	 993: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 994: AndImm dst: r0 imm: 511
	 995: LShImm dst: r0 imm: 5
	 996: AddReg dst: r0 src: r6
	 997: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 998: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 999: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1000: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1001: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1002: StMemW dst: r0 src: r0 off: 532 imm: 0
	1003: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_51:
	1004: Ja off: -1 <ret0>
s_hmap_buckets:
	1005: MovReg dst: r8 src: r1
	1006: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1007: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1008: LoadMapPtr dst: r1 fd: 4
	1010: MovReg dst: r2 src: rfp
	1011: AddImm dst: r2 imm: -8
	1012: Call FnMapLookupElem
	1013: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1014: MovReg dst: r7 src: r0
	1015: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1016: AddReg dst: r0 src: r9
	1017: AndImm dst: r0 imm: 65535
	1018: AddReg dst: r0 src: r6
	1019: AddImm dst: r0 imm: 49664
	1020: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1021: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1022: MovImm dst: r0 imm: 16
hmap_b:
	1023: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1024: MovImm dst: r3 imm: 1
	1025: LShReg dst: r3 src: r0
	1026: MovReg dst: r1 src: r8
	1027: AndImm dst: r1 imm: 65535
	1028: AddReg dst: r1 src: r6
	1029: AddImm dst: r1 imm: 49664
	1030: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1031: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1032: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1033: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1034: JGTImm dst: r4 off: -1 imm: 3 <pushed_53>
	1035: JEqImm dst: r1 off: -1 imm: 0 <pushed_53>
	1036: JEqImm dst: r3 off: -1 imm: 0 <pushed_53>
	1037: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1038: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1039: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1040: NegImm dst: r1 imm: 0
	1041: AddReg dst: r1 src: r0
	1042: JLTImm dst: r1 off: -1 imm: 512 <push_ok_54>
	1043: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1044: OrImm dst: r1 imm: 1
	1045: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1046: Ja off: -1 <pushed_53>
push_ok_54:
	1047: MovReg dst: r1 src: r0
	1048: AddImm dst: r1 imm: 1
	1049: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1050: AndImm dst: r0 imm: 511
	1051: LShImm dst: r0 imm: 5
	1052: AddReg dst: r0 src: r6
	1053: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1054: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1055: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1056: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1057: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1058: StMemW dst: r0 src: r0 off: 532 imm: 0
	1059: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_53:
	1060: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1061: AddReg dst: r1 src: r9
	1062: AndImm dst: r1 imm: 65535
	1063: AddReg dst: r1 src: r6
	1064: AddImm dst: r1 imm: 49664
	1065: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1066: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1067: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1068: SubImm dst: r0 imm: 1
	1069: MovImm dst: r3 imm: 1
	1070: LShReg dst: r3 src: r0
	1071: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1072: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1073: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1074: JGTImm dst: r4 off: -1 imm: 3 <pushed_55>
	1075: JEqImm dst: r1 off: -1 imm: 0 <pushed_55>
	1076: JEqImm dst: r3 off: -1 imm: 0 <pushed_55>
	1077: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1078: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1079: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1080: NegImm dst: r1 imm: 0
	1081: AddReg dst: r1 src: r0
	1082: JLTImm dst: r1 off: -1 imm: 512 <push_ok_56>
	1083: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1084: OrImm dst: r1 imm: 1
	1085: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1086: Ja off: -1 <pushed_55>
push_ok_56:
	1087: MovReg dst: r1 src: r0
	1088: AddImm dst: r1 imm: 1
	1089: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1090: AndImm dst: r0 imm: 511
	1091: LShImm dst: r0 imm: 5
	1092: AddReg dst: r0 src: r6
	1093: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1094: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1095: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1096: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1097: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1098: StMemW dst: r0 src: r0 off: 532 imm: 0
	1099: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_55:
	1100: Ja off: -1 <ret0>
s_iface:
	1101: MovReg dst: r9 src: r1
	1102: MovReg dst: r2 src: r1
	1103: AndImm dst: r2 imm: 65535
	1104: AddReg dst: r2 src: r6
	1105: AddImm dst: r2 imm: 49664
	1106: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1107: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1108: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1109: MovReg dst: r1 src: r6
	1110: MovImm dst: r3 imm: 20
	1111: MovImm dst: r4 imm: 1
	1112: MovImm dst: r5 imm: 0
	1113: Call -1 <read_item>
	1114: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1115: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1116: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1117: MovReg dst: r1 src: r0
	1118: AndImm dst: r1 imm: 65535
	1119: AddReg dst: r1 src: r6
	1120: AddImm dst: r1 imm: 49664
	1121: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1122: Ja off: -1 <iface_type>
itab_reread:
	1123: MovReg dst: r1 src: rfp
	1124: AddImm dst: r1 imm: -8
	1125: MovImm dst: r2 imm: 8
	1126: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1127: AddImm dst: r3 imm: 8
	1128: Call FnProbeReadUser
	1129: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1130: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1131: Ja off: -1 <iface_type>
s_eface:
	1132: MovReg dst: r9 src: r1
	1133: MovReg dst: r2 src: r1
	1134: AndImm dst: r2 imm: 65535
	1135: AddReg dst: r2 src: r6
	1136: AddImm dst: r2 imm: 49664
	1137: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1138: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1139: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1140: LoadMapPtr dst: r1 fd: 5
	1142: MovReg dst: r2 src: rfp
	1143: AddImm dst: r2 imm: -8
	1144: Call FnMapLookupElem
	1145: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1146: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1147: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1148: MovImm dst: r3 imm: 1
	1149: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1150: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1151: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1152: MovReg dst: r1 src: r9
	1153: AndImm dst: r1 imm: 65535
	1154: AddReg dst: r1 src: r6
	1155: AddImm dst: r1 imm: 49664
	1156: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1157: AddImm dst: r4 imm: 1
	1158: JGTImm dst: r4 off: -1 imm: 3 <pushed_57>
	1159: JEqImm dst: r1 off: -1 imm: 0 <pushed_57>
	1160: JEqImm dst: r3 off: -1 imm: 0 <pushed_57>
	1161: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1162: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1163: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1164: NegImm dst: r1 imm: 0
	1165: AddReg dst: r1 src: r0
	1166: JLTImm dst: r1 off: -1 imm: 512 <push_ok_58>
	1167: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1168: OrImm dst: r1 imm: 1
	1169: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1170: Ja off: -1 <pushed_57>
push_ok_58:
	1171: MovReg dst: r1 src: r0
	1172: AddImm dst: r1 imm: 1
	1173: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1174: AndImm dst: r0 imm: 511
	1175: LShImm dst: r0 imm: 5
	1176: AddReg dst: r0 src: r6
	1177: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1178: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1179: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1180: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1181: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1182: StMemW dst: r0 src: r0 off: 532 imm: 0
	1183: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_57:
	1184: Ja off: -1 <ret0>
iface_direct:
	1185: MovReg dst: r1 src: r9
	1186: AddImm dst: r1 imm: 8
	1187: JEqImm dst: r3 off: -1 imm: 0 <pushed_59>
	1188: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1189: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1190: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1191: NegImm dst: r1 imm: 0
	1192: AddReg dst: r1 src: r0
	1193: JLTImm dst: r1 off: -1 imm: 512 <push_ok_60>
	1194: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1195: OrImm dst: r1 imm: 1
	1196: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1197: Ja off: -1 <pushed_59>
push_ok_60:
	1198: MovReg dst: r1 src: r0
	1199: AddImm dst: r1 imm: 1
	1200: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1201: AndImm dst: r0 imm: 511
	1202: LShImm dst: r0 imm: 5
	1203: AddReg dst: r0 src: r6
	1204: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1205: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1206: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1207: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1208: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1209: StMemW dst: r0 src: r0 off: 532 imm: 1
	1210: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1211: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1212: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_59:
	1213: Ja off: -1 <ret0>
scan_end:
	1214: StMemW dst: r6 src: r0 off: 28 imm: 0
	1215: Ja off: -1 <ret0>
pop:
	1216: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1217: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1218: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1219: MovImm dst: r0 imm: 1
	1220: Exit
have_task:
	1221: MovReg dst: r2 src: r1
	1222: AddImm dst: r2 imm: 1
	1223: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1224: MovReg dst: r8 src: r1
	1225: AndImm dst: r8 imm: 511
	1226: LShImm dst: r8 imm: 5
	1227: AddReg dst: r8 src: r6
	1228: AddImm dst: r8 imm: 512
	1229: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1230: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1231: LoadMapPtr dst: r1 fd: 4
	1233: MovReg dst: r2 src: rfp
	1234: AddImm dst: r2 imm: -8
	1235: Call FnMapLookupElem
	1236: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1237: MovReg dst: r7 src: r0
	1238: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1239: JEqImm dst: r1 off: -1 imm: 0 <read>
	1240: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1241: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1242: Ja off: -1 <start_scan>
read:
	1243: MovReg dst: r1 src: r6
	1244: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1245: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1246: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1247: MovImm dst: r5 imm: 1
	1248: Call -1 <read_item>
	1249: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1250: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1251: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1252: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1253: AddReg dst: r2 src: r0
	1254: MovReg dst: r1 src: r0
start_scan:
	1255: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1256: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1257: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1258: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1259: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1260: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1261: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1262: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1263: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1264: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1265: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1266: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1267: StMemW dst: r6 src: r0 off: 44 imm: 0
	1268: StMemW dst: r6 src: r0 off: 28 imm: 1
	1269: Ja off: -1 <scan>
ret0:
	1270: MovImm dst: r0 imm: 0
	1271: Exit
read_item:
	1272: MovReg dst: r6 src: r1
	1273: MovReg dst: r9 src: r2
	1274: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1275: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1276: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1277: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1278: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1279: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1280: LoadMapPtr dst: r1 fd: 4
	1282: MovReg dst: r2 src: rfp
	1283: AddImm dst: r2 imm: -8
	1284: Call FnMapLookupElem
	1285: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1286: MovReg dst: r7 src: r0
	1287: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1288: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1289: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1290: MulReg dst: r1 src: r2
	1291: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1292: MovImm dst: r1 imm: 65535
ri_asked:
	1293: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1294: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1295: MovReg dst: r3 src: r2
	1296: LShImm dst: r3 imm: 40
	1297: MovReg dst: r1 src: r9
	1298: XorReg dst: r1 src: r3
	1299: LdImmDW dst: r3 imm: -7046029254386353131
	1301: MulReg dst: r1 src: r3
	1302: RShImm dst: r1 imm: 54
	1303: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1304: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1305: MovReg dst: r4 src: r1
	1306: AddImm dst: r4 imm: 0
	1307: AndImm dst: r4 imm: 1023
	1308: LShImm dst: r4 imm: 5
	1309: AddReg dst: r4 src: r6
	1310: AddImm dst: r4 imm: 16896
	1311: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1312: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1313: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1314: JNEReg dst: r5 off: -1 src: r9 <dedup_next_61>
	1315: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1316: JNEReg dst: r5 off: -1 src: r2 <dedup_next_61>
	1317: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1318: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1319: Ja off: -1 <dedup_insert>
dedup_next_61:
	1320: MovReg dst: r4 src: r1
	1321: AddImm dst: r4 imm: 1
	1322: AndImm dst: r4 imm: 1023
	1323: LShImm dst: r4 imm: 5
	1324: AddReg dst: r4 src: r6
	1325: AddImm dst: r4 imm: 16896
	1326: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1327: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1328: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1329: JNEReg dst: r5 off: -1 src: r9 <dedup_next_62>
	1330: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1331: JNEReg dst: r5 off: -1 src: r2 <dedup_next_62>
	1332: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1333: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1334: Ja off: -1 <dedup_insert>
dedup_next_62:
	1335: MovReg dst: r4 src: r1
	1336: AddImm dst: r4 imm: 2
	1337: AndImm dst: r4 imm: 1023
	1338: LShImm dst: r4 imm: 5
	1339: AddReg dst: r4 src: r6
	1340: AddImm dst: r4 imm: 16896
	1341: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1342: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1343: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1344: JNEReg dst: r5 off: -1 src: r9 <dedup_next_63>
	1345: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1346: JNEReg dst: r5 off: -1 src: r2 <dedup_next_63>
	1347: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1348: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1349: Ja off: -1 <dedup_insert>
dedup_next_63:
	1350: MovReg dst: r4 src: r1
	1351: AddImm dst: r4 imm: 3
	1352: AndImm dst: r4 imm: 1023
	1353: LShImm dst: r4 imm: 5
	1354: AddReg dst: r4 src: r6
	1355: AddImm dst: r4 imm: 16896
	1356: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1357: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1358: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1359: JNEReg dst: r5 off: -1 src: r9 <dedup_next_64>
	1360: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1361: JNEReg dst: r5 off: -1 src: r2 <dedup_next_64>
	1362: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1363: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1364: Ja off: -1 <dedup_insert>
dedup_next_64:
	1365: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1366: OrImm dst: r1 imm: 1
	1367: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1368: Ja off: -1 <ri_none>
dedup_insert:
	1369: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1370: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1371: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1372: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1373: MovImm dst: r1 imm: 4200
	1374: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1375: SubReg dst: r1 src: r2
	1376: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1377: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1378: AndImm dst: r1 imm: -8
	1379: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1380: MovReg dst: r3 src: r1
	1381: StMemW dst: r6 src: r0 off: 84 imm: 1
	1382: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1383: OrImm dst: r1 imm: 1
	1384: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1385: Ja off: -1 <ri_prefix>
ri_no_room:
	1386: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1387: OrImm dst: r1 imm: 1
	1388: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1389: Ja off: -1 <ri_none>
ri_room:
	1390: DivReg dst: r1 src: r2
	1391: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1392: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1393: MovReg dst: r3 src: r1
	1394: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1395: OrImm dst: r1 imm: 1
	1396: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1397: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1398: MulReg dst: r3 src: r2
ri_prefix:
	1399: AndImm dst: r3 imm: 65535
	1400: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1401: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1402: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1403: AndImm dst: r1 imm: 65535
	1404: AddReg dst: r1 src: r6
	1405: AddImm dst: r1 imm: 49664
	1406: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1407: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1408: StMemW dst: r1 src: r0 off: 4 imm: 0
	1409: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1410: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1411: MovReg dst: r2 src: r3
	1412: AddImm dst: r2 imm: 7
	1413: AndImm dst: r2 imm: -8
	1414: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1415: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1416: AddImm dst: r2 imm: 1
	1417: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1418: AddImm dst: r1 imm: 24
	1419: MovReg dst: r2 src: r3
	1420: MovReg dst: r3 src: r9
	1421: Call FnProbeReadUser
	1422: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1423: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1424: AndImm dst: r1 imm: 65535
	1425: AddReg dst: r1 src: r6
	1426: AddImm dst: r1 imm: 49664
	1427: StMemW dst: r1 src: r0 off: 4 imm: 1
	1428: StMemW dst: r1 src: r0 off: 16 imm: 0
	1429: StMemW dst: r1 src: r0 off: 20 imm: 0
	1430: MovImm dst: r2 imm: 0
	1431: Ja off: -1 <ri_advance>
ri_read:
	1432: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1433: AddImm dst: r2 imm: 7
	1434: AndImm dst: r2 imm: -8
ri_advance:
	1435: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1436: AddImm dst: r1 imm: 24
	1437: MovReg dst: r0 src: r1
	1438: AddReg dst: r1 src: r2
	1439: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1440: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1441: AddImm dst: r1 imm: 24
	1442: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1443: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1444: AddReg dst: r1 src: r2
	1445: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1446: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1447: Exit
ri_static:
	1448: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1449: AndImm dst: r1 imm: 65535
	1450: AddReg dst: r1 src: r6
	1451: AddImm dst: r1 imm: 49664
	1452: StMemW dst: r1 src: r0 off: 4 imm: 128
	1453: StMemW dst: r1 src: r0 off: 20 imm: 0
	1454: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1455: AddImm dst: r1 imm: 24
	1456: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1457: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1458: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1459: AddImm dst: r2 imm: 31
	1460: AndImm dst: r2 imm: -8
	1461: AddReg dst: r1 src: r2
	1462: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1463: MovImm dst: r0 imm: -1
	1464: Exit
