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
	 650: StMemDW dst: rfp src: r0 off: -32 imm: 0
step_next:
	 651: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 652: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	 653: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	 654: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 655: LoadMapPtr dst: r1 fd: 4
	 657: MovReg dst: r2 src: rfp
	 658: AddImm dst: r2 imm: -8
	 659: Call FnMapLookupElem
	 660: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	 661: MovReg dst: r7 src: r0
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
	 722: LdXMemDW dst: r5 src: rfp off: -32 imm: 0
	 723: AddImm dst: r5 imm: 1
	 724: StXMemDW dst: rfp src: r5 off: -32 imm: 0
	 725: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	 726: Ja off: -1 <ret0>
slot_dispatch:
	 727: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	 728: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	 729: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	 730: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	 731: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 732: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	 733: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	 734: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	 735: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	 736: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	 737: Ja off: -1 <ret0>
s_pointer:
	 738: Ja off: -1 <s_map>
s_map:
	 739: MovReg dst: r2 src: r1
	 740: AndImm dst: r2 imm: 65535
	 741: AddReg dst: r2 src: r6
	 742: AddImm dst: r2 imm: 49664
	 743: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 744: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 745: MovImm dst: r3 imm: 1
	 746: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	 747: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 748: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	 749: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	 750: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 751: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 752: AddReg dst: r4 src: r0
	 753: JGTImm dst: r4 off: -1 imm: 3 <pushed_40>
	 754: JEqImm dst: r1 off: -1 imm: 0 <pushed_40>
	 755: JEqImm dst: r3 off: -1 imm: 0 <pushed_40>
	 756: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 757: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 758: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 759: NegImm dst: r1 imm: 0
	 760: AddReg dst: r1 src: r0
	 761: JLTImm dst: r1 off: -1 imm: 512 <push_ok_41>
	 762: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 763: OrImm dst: r1 imm: 1
	 764: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 765: Ja off: -1 <pushed_40>
push_ok_41:
	 766: MovReg dst: r1 src: r0
	 767: AddImm dst: r1 imm: 1
	 768: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 769: AndImm dst: r0 imm: 511
	 770: LShImm dst: r0 imm: 5
	 771: AddReg dst: r0 src: r6
	 772: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 773: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 774: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 775: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 776: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 777: StMemW dst: r0 src: r0 off: 532 imm: 0
	 778: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_40:
	 779: Ja off: -1 <ret0>
s_string:
	 780: MovReg dst: r3 src: r1
	 781: AndImm dst: r3 imm: 65535
	 782: AddReg dst: r3 src: r6
	 783: AddImm dst: r3 imm: 49664
	 784: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	 785: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	 786: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	 787: MovImm dst: r4 imm: 255
str_capped:
	 788: MovReg dst: r1 src: r6
	 789: MovImm dst: r3 imm: 2
	 790: MovImm dst: r5 imm: 1
	 791: Call -1 <read_item>
	 792: Ja off: -1 <ret0>
s_slice:
	 793: MovReg dst: r2 src: r1
	 794: AndImm dst: r2 imm: 65535
	 795: AddReg dst: r2 src: r6
	 796: AddImm dst: r2 imm: 49664
	 797: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 798: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	 799: JLEImm dst: r3 off: -1 imm: 100 <cap_42>
	 800: MovImm dst: r3 imm: 100
cap_42:
	 801: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 802: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 803: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 804: AddReg dst: r4 src: r0
	 805: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 806: JGTImm dst: r4 off: -1 imm: 3 <pushed_43>
	 807: JEqImm dst: r1 off: -1 imm: 0 <pushed_43>
	 808: JEqImm dst: r3 off: -1 imm: 0 <pushed_43>
	 809: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 810: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 811: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 812: NegImm dst: r1 imm: 0
	 813: AddReg dst: r1 src: r0
	 814: JLTImm dst: r1 off: -1 imm: 512 <push_ok_44>
	 815: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 816: OrImm dst: r1 imm: 1
	 817: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 818: Ja off: -1 <pushed_43>
push_ok_44:
	 819: MovReg dst: r1 src: r0
	 820: AddImm dst: r1 imm: 1
	 821: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 822: AndImm dst: r0 imm: 511
	 823: LShImm dst: r0 imm: 5
	 824: AddReg dst: r0 src: r6
	 825: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 826: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 827: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 828: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 829: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 830: StMemW dst: r0 src: r0 off: 532 imm: 0
	 831: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_43:
	 832: Ja off: -1 <ret0>
s_inline:
	 833: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 834: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	 835: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 836: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 837: JEqImm dst: r3 off: -1 imm: 0 <pushed_45>
	 838: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 839: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 840: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 841: NegImm dst: r1 imm: 0
	 842: AddReg dst: r1 src: r0
	 843: JLTImm dst: r1 off: -1 imm: 512 <push_ok_46>
	 844: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 845: OrImm dst: r1 imm: 1
	 846: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 847: Ja off: -1 <pushed_45>
push_ok_46:
	 848: MovReg dst: r1 src: r0
	 849: AddImm dst: r1 imm: 1
	 850: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 851: AndImm dst: r0 imm: 511
	 852: LShImm dst: r0 imm: 5
	 853: AddReg dst: r0 src: r6
	 854: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 855: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 856: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 857: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 858: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 859: StMemW dst: r0 src: r0 off: 532 imm: 1
	 860: StXMemW dst: r0 src: r5 off: 536 imm: 0
	 861: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	 862: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_45:
	 863: Ja off: -1 <ret0>
s_swiss_dir:
	 864: MovReg dst: r8 src: r1
	 865: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 866: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 867: LoadMapPtr dst: r1 fd: 4
	 869: MovReg dst: r2 src: rfp
	 870: AddImm dst: r2 imm: -8
	 871: Call FnMapLookupElem
	 872: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 873: MovReg dst: r7 src: r0
	 874: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	 875: AddReg dst: r3 src: r9
	 876: AndImm dst: r3 imm: 65535
	 877: AddReg dst: r3 src: r6
	 878: AddImm dst: r3 imm: 49664
	 879: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 880: MovReg dst: r1 src: r8
	 881: AndImm dst: r1 imm: 65535
	 882: AddReg dst: r1 src: r6
	 883: AddImm dst: r1 imm: 49664
	 884: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 885: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 886: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 887: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	 888: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 889: MovImm dst: r3 imm: 1
	 890: JGTImm dst: r4 off: -1 imm: 3 <pushed_47>
	 891: JEqImm dst: r1 off: -1 imm: 0 <pushed_47>
	 892: JEqImm dst: r3 off: -1 imm: 0 <pushed_47>
	 893: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 894: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 895: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 896: NegImm dst: r1 imm: 0
	 897: AddReg dst: r1 src: r0
	 898: JLTImm dst: r1 off: -1 imm: 512 <push_ok_48>
	 899: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 900: OrImm dst: r1 imm: 1
	 901: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 902: Ja off: -1 <pushed_47>
push_ok_48:
	 903: MovReg dst: r1 src: r0
	 904: AddImm dst: r1 imm: 1
	 905: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 906: AndImm dst: r0 imm: 511
	 907: LShImm dst: r0 imm: 5
	 908: AddReg dst: r0 src: r6
	 909: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 910: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 911: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 912: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 913: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 914: StMemW dst: r0 src: r0 off: 532 imm: 0
	 915: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_47:
	 916: Ja off: -1 <ret0>
swiss_tables:
	 917: JLEImm dst: r3 off: -1 imm: 65535 <cap_49>
	 918: MovImm dst: r3 imm: 65535
cap_49:
	 919: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	 920: JGTImm dst: r4 off: -1 imm: 3 <pushed_50>
	 921: JEqImm dst: r1 off: -1 imm: 0 <pushed_50>
	 922: JEqImm dst: r3 off: -1 imm: 0 <pushed_50>
	 923: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 924: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 925: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 926: NegImm dst: r1 imm: 0
	 927: AddReg dst: r1 src: r0
	 928: JLTImm dst: r1 off: -1 imm: 512 <push_ok_51>
	 929: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 930: OrImm dst: r1 imm: 1
	 931: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 932: Ja off: -1 <pushed_50>
push_ok_51:
	 933: MovReg dst: r1 src: r0
	 934: AddImm dst: r1 imm: 1
	 935: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 936: AndImm dst: r0 imm: 511
	 937: LShImm dst: r0 imm: 5
	 938: AddReg dst: r0 src: r6
	 939: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 940: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 941: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 942: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 943: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 944: StMemW dst: r0 src: r0 off: 532 imm: 0
	 945: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_50:
	 946: Ja off: -1 <ret0>
s_swiss_groups:
	 947: MovReg dst: r8 src: r1
	 948: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 949: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 950: LoadMapPtr dst: r1 fd: 4
	 952: MovReg dst: r2 src: rfp
	 953: AddImm dst: r2 imm: -8
	 954: Call FnMapLookupElem
	 955: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 956: MovReg dst: r7 src: r0
	 957: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	 958: AddReg dst: r3 src: r9
	 959: AndImm dst: r3 imm: 65535
	 960: AddReg dst: r3 src: r6
	 961: AddImm dst: r3 imm: 49664
	 962: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 963: JLEImm dst: r3 off: -1 imm: 65534 <cap_52>
	 964: MovImm dst: r3 imm: 65534
cap_52:
	 965: AddImm dst: r3 imm: 1
	 966: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	 967: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	 968: AddReg dst: r2 src: r9
	 969: AndImm dst: r2 imm: 65535
	 970: AddReg dst: r2 src: r6
	 971: AddImm dst: r2 imm: 49664
	 972: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	 973: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	 974: MovReg dst: r0 src: r3
	 975: MulImm dst: r0 imm: 200
	 976: AddReg dst: r0 src: r2
	 977: SubImm dst: r0 imm: 1
	 978: DivReg dst: r0 src: r2
	 979: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	 980: MovReg dst: r3 src: r0
groups_counted:
	 981: MovReg dst: r1 src: r8
	 982: AndImm dst: r1 imm: 65535
	 983: AddReg dst: r1 src: r6
	 984: AddImm dst: r1 imm: 49664
	 985: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 986: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 987: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 988: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 989: JGTImm dst: r4 off: -1 imm: 3 <pushed_53>
	 990: JEqImm dst: r1 off: -1 imm: 0 <pushed_53>
	 991: JEqImm dst: r3 off: -1 imm: 0 <pushed_53>
	 992: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 993: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 994: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 995: NegImm dst: r1 imm: 0
	 996: AddReg dst: r1 src: r0
	 997: JLTImm dst: r1 off: -1 imm: 512 <push_ok_54>
	 998: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 999: OrImm dst: r1 imm: 1
	1000: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1001: Ja off: -1 <pushed_53>
push_ok_54:
	1002: MovReg dst: r1 src: r0
	1003: AddImm dst: r1 imm: 1
	1004: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1005: AndImm dst: r0 imm: 511
	1006: LShImm dst: r0 imm: 5
	1007: AddReg dst: r0 src: r6
	1008: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1009: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1010: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1011: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1012: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1013: StMemW dst: r0 src: r0 off: 532 imm: 0
	1014: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_53:
	1015: Ja off: -1 <ret0>
s_hmap_buckets:
	1016: MovReg dst: r8 src: r1
	1017: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1018: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1019: LoadMapPtr dst: r1 fd: 4
	1021: MovReg dst: r2 src: rfp
	1022: AddImm dst: r2 imm: -8
	1023: Call FnMapLookupElem
	1024: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1025: MovReg dst: r7 src: r0
	1026: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1027: AddReg dst: r0 src: r9
	1028: AndImm dst: r0 imm: 65535
	1029: AddReg dst: r0 src: r6
	1030: AddImm dst: r0 imm: 49664
	1031: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1032: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1033: MovImm dst: r0 imm: 16
hmap_b:
	1034: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1035: MovImm dst: r3 imm: 1
	1036: LShReg dst: r3 src: r0
	1037: MovReg dst: r1 src: r8
	1038: AndImm dst: r1 imm: 65535
	1039: AddReg dst: r1 src: r6
	1040: AddImm dst: r1 imm: 49664
	1041: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1042: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1043: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1044: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1045: JGTImm dst: r4 off: -1 imm: 3 <pushed_55>
	1046: JEqImm dst: r1 off: -1 imm: 0 <pushed_55>
	1047: JEqImm dst: r3 off: -1 imm: 0 <pushed_55>
	1048: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1049: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1050: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1051: NegImm dst: r1 imm: 0
	1052: AddReg dst: r1 src: r0
	1053: JLTImm dst: r1 off: -1 imm: 512 <push_ok_56>
	1054: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1055: OrImm dst: r1 imm: 1
	1056: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1057: Ja off: -1 <pushed_55>
push_ok_56:
	1058: MovReg dst: r1 src: r0
	1059: AddImm dst: r1 imm: 1
	1060: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1061: AndImm dst: r0 imm: 511
	1062: LShImm dst: r0 imm: 5
	1063: AddReg dst: r0 src: r6
	1064: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1065: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1066: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1067: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1068: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1069: StMemW dst: r0 src: r0 off: 532 imm: 0
	1070: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_55:
	1071: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1072: AddReg dst: r1 src: r9
	1073: AndImm dst: r1 imm: 65535
	1074: AddReg dst: r1 src: r6
	1075: AddImm dst: r1 imm: 49664
	1076: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1077: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1078: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1079: SubImm dst: r0 imm: 1
	1080: MovImm dst: r3 imm: 1
	1081: LShReg dst: r3 src: r0
	1082: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1083: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1084: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1085: JGTImm dst: r4 off: -1 imm: 3 <pushed_57>
	1086: JEqImm dst: r1 off: -1 imm: 0 <pushed_57>
	1087: JEqImm dst: r3 off: -1 imm: 0 <pushed_57>
	1088: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1089: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1090: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1091: NegImm dst: r1 imm: 0
	1092: AddReg dst: r1 src: r0
	1093: JLTImm dst: r1 off: -1 imm: 512 <push_ok_58>
	1094: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1095: OrImm dst: r1 imm: 1
	1096: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1097: Ja off: -1 <pushed_57>
push_ok_58:
	1098: MovReg dst: r1 src: r0
	1099: AddImm dst: r1 imm: 1
	1100: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1101: AndImm dst: r0 imm: 511
	1102: LShImm dst: r0 imm: 5
	1103: AddReg dst: r0 src: r6
	1104: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1105: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1106: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1107: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1108: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1109: StMemW dst: r0 src: r0 off: 532 imm: 0
	1110: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_57:
	1111: Ja off: -1 <ret0>
s_iface:
	1112: MovReg dst: r9 src: r1
	1113: MovReg dst: r2 src: r1
	1114: AndImm dst: r2 imm: 65535
	1115: AddReg dst: r2 src: r6
	1116: AddImm dst: r2 imm: 49664
	1117: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1118: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1119: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1120: MovReg dst: r1 src: r6
	1121: MovImm dst: r3 imm: 20
	1122: MovImm dst: r4 imm: 1
	1123: MovImm dst: r5 imm: 0
	1124: Call -1 <read_item>
	1125: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1126: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1127: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1128: MovReg dst: r1 src: r0
	1129: AndImm dst: r1 imm: 65535
	1130: AddReg dst: r1 src: r6
	1131: AddImm dst: r1 imm: 49664
	1132: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1133: Ja off: -1 <iface_type>
itab_reread:
	1134: MovReg dst: r1 src: rfp
	1135: AddImm dst: r1 imm: -8
	1136: MovImm dst: r2 imm: 8
	1137: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1138: AddImm dst: r3 imm: 8
	1139: Call FnProbeReadUser
	1140: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1141: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1142: Ja off: -1 <iface_type>
s_eface:
	1143: MovReg dst: r9 src: r1
	1144: MovReg dst: r2 src: r1
	1145: AndImm dst: r2 imm: 65535
	1146: AddReg dst: r2 src: r6
	1147: AddImm dst: r2 imm: 49664
	1148: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1149: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1150: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1151: LoadMapPtr dst: r1 fd: 5
	1153: MovReg dst: r2 src: rfp
	1154: AddImm dst: r2 imm: -8
	1155: Call FnMapLookupElem
	1156: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1157: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1158: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1159: MovImm dst: r3 imm: 1
	1160: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1161: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1162: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1163: MovReg dst: r1 src: r9
	1164: AndImm dst: r1 imm: 65535
	1165: AddReg dst: r1 src: r6
	1166: AddImm dst: r1 imm: 49664
	1167: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1168: AddImm dst: r4 imm: 1
	1169: JGTImm dst: r4 off: -1 imm: 3 <pushed_59>
	1170: JEqImm dst: r1 off: -1 imm: 0 <pushed_59>
	1171: JEqImm dst: r3 off: -1 imm: 0 <pushed_59>
	1172: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1173: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1174: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1175: NegImm dst: r1 imm: 0
	1176: AddReg dst: r1 src: r0
	1177: JLTImm dst: r1 off: -1 imm: 512 <push_ok_60>
	1178: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1179: OrImm dst: r1 imm: 1
	1180: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1181: Ja off: -1 <pushed_59>
push_ok_60:
	1182: MovReg dst: r1 src: r0
	1183: AddImm dst: r1 imm: 1
	1184: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1185: AndImm dst: r0 imm: 511
	1186: LShImm dst: r0 imm: 5
	1187: AddReg dst: r0 src: r6
	1188: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1189: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1190: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1191: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1192: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1193: StMemW dst: r0 src: r0 off: 532 imm: 0
	1194: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_59:
	1195: Ja off: -1 <ret0>
iface_direct:
	1196: MovReg dst: r1 src: r9
	1197: AddImm dst: r1 imm: 8
	1198: JEqImm dst: r3 off: -1 imm: 0 <pushed_61>
	1199: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1200: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1201: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1202: NegImm dst: r1 imm: 0
	1203: AddReg dst: r1 src: r0
	1204: JLTImm dst: r1 off: -1 imm: 512 <push_ok_62>
	1205: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1206: OrImm dst: r1 imm: 1
	1207: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1208: Ja off: -1 <pushed_61>
push_ok_62:
	1209: MovReg dst: r1 src: r0
	1210: AddImm dst: r1 imm: 1
	1211: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1212: AndImm dst: r0 imm: 511
	1213: LShImm dst: r0 imm: 5
	1214: AddReg dst: r0 src: r6
	1215: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1216: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1217: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1218: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1219: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1220: StMemW dst: r0 src: r0 off: 532 imm: 1
	1221: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1222: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1223: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_61:
	1224: Ja off: -1 <ret0>
scan_end:
	1225: StMemW dst: r6 src: r0 off: 28 imm: 0
	1226: Ja off: -1 <ret0>
pop:
	1227: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1228: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1229: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1230: MovImm dst: r0 imm: 1
	1231: Exit
have_task:
	1232: MovReg dst: r2 src: r1
	1233: AddImm dst: r2 imm: 1
	1234: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1235: MovReg dst: r8 src: r1
	1236: AndImm dst: r8 imm: 511
	1237: LShImm dst: r8 imm: 5
	1238: AddReg dst: r8 src: r6
	1239: AddImm dst: r8 imm: 512
	1240: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1241: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1242: LoadMapPtr dst: r1 fd: 4
	1244: MovReg dst: r2 src: rfp
	1245: AddImm dst: r2 imm: -8
	1246: Call FnMapLookupElem
	1247: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1248: MovReg dst: r7 src: r0
	1249: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1250: JEqImm dst: r1 off: -1 imm: 0 <read>
	1251: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1252: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1253: Ja off: -1 <start_scan>
read:
	1254: MovReg dst: r1 src: r6
	1255: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1256: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1257: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1258: MovImm dst: r5 imm: 1
	1259: Call -1 <read_item>
	1260: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1261: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1262: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1263: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1264: AddReg dst: r2 src: r0
	1265: MovReg dst: r1 src: r0
start_scan:
	1266: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1267: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1268: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1269: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1270: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1271: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1272: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1273: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1274: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1275: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1276: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1277: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1278: StMemW dst: r6 src: r0 off: 44 imm: 0
	1279: StMemW dst: r6 src: r0 off: 28 imm: 1
	1280: Ja off: -1 <scan>
ret0:
	1281: LdXMemDW dst: r5 src: rfp off: -32 imm: 0
	1282: AddImm dst: r5 imm: 2
	1283: StXMemDW dst: rfp src: r5 off: -32 imm: 0
	1284: JLTImm dst: r5 off: -1 imm: 32 <step_next>
	1285: MovImm dst: r0 imm: 0
	1286: Exit
read_item:
	1287: MovReg dst: r6 src: r1
	1288: MovReg dst: r9 src: r2
	1289: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1290: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1291: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1292: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1293: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1294: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1295: LoadMapPtr dst: r1 fd: 4
	1297: MovReg dst: r2 src: rfp
	1298: AddImm dst: r2 imm: -8
	1299: Call FnMapLookupElem
	1300: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1301: MovReg dst: r7 src: r0
	1302: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1303: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1304: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1305: MulReg dst: r1 src: r2
	1306: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1307: MovImm dst: r1 imm: 65535
ri_asked:
	1308: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1309: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1310: MovReg dst: r3 src: r2
	1311: LShImm dst: r3 imm: 40
	1312: MovReg dst: r1 src: r9
	1313: XorReg dst: r1 src: r3
	1314: LdImmDW dst: r3 imm: -7046029254386353131
	1316: MulReg dst: r1 src: r3
	1317: RShImm dst: r1 imm: 54
	1318: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1319: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1320: MovReg dst: r4 src: r1
	1321: AddImm dst: r4 imm: 0
	1322: AndImm dst: r4 imm: 1023
	1323: LShImm dst: r4 imm: 5
	1324: AddReg dst: r4 src: r6
	1325: AddImm dst: r4 imm: 16896
	1326: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1327: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1328: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1329: JNEReg dst: r5 off: -1 src: r9 <dedup_next_63>
	1330: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1331: JNEReg dst: r5 off: -1 src: r2 <dedup_next_63>
	1332: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1333: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1334: Ja off: -1 <dedup_insert>
dedup_next_63:
	1335: MovReg dst: r4 src: r1
	1336: AddImm dst: r4 imm: 1
	1337: AndImm dst: r4 imm: 1023
	1338: LShImm dst: r4 imm: 5
	1339: AddReg dst: r4 src: r6
	1340: AddImm dst: r4 imm: 16896
	1341: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1342: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1343: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1344: JNEReg dst: r5 off: -1 src: r9 <dedup_next_64>
	1345: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1346: JNEReg dst: r5 off: -1 src: r2 <dedup_next_64>
	1347: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1348: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1349: Ja off: -1 <dedup_insert>
dedup_next_64:
	1350: MovReg dst: r4 src: r1
	1351: AddImm dst: r4 imm: 2
	1352: AndImm dst: r4 imm: 1023
	1353: LShImm dst: r4 imm: 5
	1354: AddReg dst: r4 src: r6
	1355: AddImm dst: r4 imm: 16896
	1356: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1357: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1358: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1359: JNEReg dst: r5 off: -1 src: r9 <dedup_next_65>
	1360: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1361: JNEReg dst: r5 off: -1 src: r2 <dedup_next_65>
	1362: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1363: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1364: Ja off: -1 <dedup_insert>
dedup_next_65:
	1365: MovReg dst: r4 src: r1
	1366: AddImm dst: r4 imm: 3
	1367: AndImm dst: r4 imm: 1023
	1368: LShImm dst: r4 imm: 5
	1369: AddReg dst: r4 src: r6
	1370: AddImm dst: r4 imm: 16896
	1371: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1372: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1373: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1374: JNEReg dst: r5 off: -1 src: r9 <dedup_next_66>
	1375: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1376: JNEReg dst: r5 off: -1 src: r2 <dedup_next_66>
	1377: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1378: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1379: Ja off: -1 <dedup_insert>
dedup_next_66:
	1380: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1381: OrImm dst: r1 imm: 1
	1382: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1383: Ja off: -1 <ri_none>
dedup_insert:
	1384: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1385: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1386: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1387: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1388: MovImm dst: r1 imm: 4200
	1389: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1390: SubReg dst: r1 src: r2
	1391: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1392: JSGTReg dst: r3 off: -1 src: r1 <ri_cut>
	1393: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1394: StXMemW dst: r6 src: r2 off: 84 imm: 0
	1395: Ja off: -1 <ri_prefix>
ri_cut:
	1396: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1397: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1398: AndImm dst: r1 imm: -8
	1399: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1400: MovReg dst: r3 src: r1
	1401: StMemW dst: r6 src: r0 off: 84 imm: 1
	1402: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1403: OrImm dst: r1 imm: 1
	1404: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1405: Ja off: -1 <ri_prefix>
ri_no_room:
	1406: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1407: OrImm dst: r1 imm: 1
	1408: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1409: Ja off: -1 <ri_none>
ri_room:
	1410: DivReg dst: r1 src: r2
	1411: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1412: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1413: MovReg dst: r3 src: r1
	1414: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1415: OrImm dst: r1 imm: 1
	1416: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1417: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1418: MulReg dst: r3 src: r2
ri_prefix:
	1419: AndImm dst: r3 imm: 65535
	1420: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1421: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1422: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1423: AndImm dst: r1 imm: 65535
	1424: AddReg dst: r1 src: r6
	1425: AddImm dst: r1 imm: 49664
	1426: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1427: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1428: StMemW dst: r1 src: r0 off: 4 imm: 0
	1429: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1430: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1431: MovReg dst: r2 src: r3
	1432: AddImm dst: r2 imm: 7
	1433: AndImm dst: r2 imm: -8
	1434: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1435: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1436: AddImm dst: r2 imm: 1
	1437: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1438: AddImm dst: r1 imm: 24
	1439: MovReg dst: r2 src: r3
	1440: MovReg dst: r3 src: r9
	1441: Call FnProbeReadUser
	1442: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1443: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1444: AndImm dst: r1 imm: 65535
	1445: AddReg dst: r1 src: r6
	1446: AddImm dst: r1 imm: 49664
	1447: StMemW dst: r1 src: r0 off: 4 imm: 1
	1448: StMemW dst: r1 src: r0 off: 16 imm: 0
	1449: StMemW dst: r1 src: r0 off: 20 imm: 0
	1450: MovImm dst: r2 imm: 0
	1451: Ja off: -1 <ri_advance>
ri_read:
	1452: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1453: AddImm dst: r2 imm: 7
	1454: AndImm dst: r2 imm: -8
ri_advance:
	1455: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1456: AddImm dst: r1 imm: 24
	1457: MovReg dst: r0 src: r1
	1458: AddReg dst: r1 src: r2
	1459: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1460: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1461: AddImm dst: r1 imm: 24
	1462: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1463: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1464: AddReg dst: r1 src: r2
	1465: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1466: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1467: Exit
ri_static:
	1468: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1469: AndImm dst: r1 imm: 65535
	1470: AddReg dst: r1 src: r6
	1471: AddImm dst: r1 imm: 49664
	1472: StMemW dst: r1 src: r0 off: 4 imm: 128
	1473: StMemW dst: r1 src: r0 off: 20 imm: 0
	1474: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1475: AddImm dst: r1 imm: 24
	1476: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1477: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1478: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1479: AddImm dst: r2 imm: 31
	1480: AndImm dst: r2 imm: -8
	1481: AddReg dst: r1 src: r2
	1482: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1483: MovImm dst: r0 imm: -1
	1484: Exit
