	   0: MovReg dst: r6 src: r1
	   1: LdXMemDW dst: r1 src: r6 off: 144 imm: 0
	   2: JSetImm dst: r1 off: -1 imm: 65 <exit>
	   3: LdXMemDW dst: r1 src: r6 off: 80 imm: 0
	   4: JSGEImm dst: r1 off: -1 imm: 3 <cond_next_3>
	   5: Ja off: -1 <cond_false_2>
cond_next_3:
	   6: StMemDW dst: rfp src: r0 off: -16 imm: 0
	   7: MovReg dst: r1 src: rfp
	   8: AddImm dst: r1 imm: -16
	   9: MovImm dst: r2 imm: 1
	  10: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  11: AddImm dst: r3 imm: 8
	  12: Call FnProbeReadUser
	  13: JNEImm dst: r0 off: -1 imm: 0 <cond_holds_1>
	  14: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	  15: LShImm dst: r1 imm: 56
	  16: RShImm dst: r1 imm: 56
	  17: JEqImm dst: r1 off: -1 imm: 1 <cond_false_2>
	  18: Ja off: -1 <cond_holds_1>
cond_false_2:
	  19: Ja off: -1 <exit>
cond_holds_1:
	  20: MovImm dst: r1 imm: 2
	  21: StXMemW dst: rfp src: r1 off: -8 imm: 0
	  22: LoadMapPtr dst: r1 fd: 0
	  24: MovReg dst: r2 src: rfp
	  25: AddImm dst: r2 imm: -8
	  26: Call FnMapLookupElem
	  27: JEqImm dst: r0 off: -1 imm: 0 <sample_pass_4>
	  28: MovReg dst: r9 src: r0
	  29: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	  30: JSLEImm dst: r1 off: -1 imm: 0 <sample_refill_5>
	  31: MovImm dst: r1 imm: -1
	  32: StXAtomicFetchAddDW dst: r9 src: r1 off: 0
	  33: JSGTImm dst: r1 off: -1 imm: 0 <sample_pass_4>
sample_refill_5:
	  34: Call FnKtimeGetNs
	  35: LdXMemDW dst: r2 src: r9 off: 8 imm: 0
	  36: JEqImm dst: r2 off: -1 imm: 0 <sample_period_6>
	  37: MovReg dst: r3 src: r0
	  38: SubReg dst: r3 src: r2
	  39: LdImmDW dst: r4 imm: 1000000000
	  41: JLTReg dst: r3 off: -1 src: r4 <sampled_7>
sample_period_6:
	  42: MovReg dst: r3 src: r0
	  43: MovReg dst: r0 src: r2
	  44: StXAtomicCmpXchgDW dst: r9 src: r3 off: 8
	  45: JNEReg dst: r0 off: -1 src: r2 <sampled_7>
	  46: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  47: Ja off: -1 <sample_pass_4>
sampled_7:
	  48: MovImm dst: r1 imm: 1
	  49: StXAtomicAddDW dst: r9 src: r1 off: 16
	  50: Ja off: -1 <exit>
sample_pass_4:
	  51: Call FnGetSmpProcessorId
	  52: MovReg dst: r1 src: r0
	  53: StXMemW dst: rfp src: r1 off: -8 imm: 0
	  54: LoadMapPtr dst: r1 fd: 3
	  56: MovReg dst: r2 src: rfp
	  57: AddImm dst: r2 imm: -8
	  58: Call FnMapLookupElem
	  59: JEqImm dst: r0 off: -1 imm: 0 <exit>
	  60: MovReg dst: r8 src: r0
	  61: MovReg dst: r7 src: r0
	  62: AddImm dst: r7 imm: 49664
	  63: LdXMemW dst: r1 src: r8 off: 0 imm: 0
	  64: JNEImm dst: r1 off: -1 imm: 0 <drop_unowned>
	  65: StMemW dst: r8 src: r0 off: 0 imm: 1
	  66: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	  67: AddImm dst: r1 imm: 1
	  68: StXMemW dst: r8 src: r1 off: 4 imm: 0
	  69: StMemW dst: r8 src: r0 off: 8 imm: 360
	  70: StMemW dst: r8 src: r0 off: 80 imm: 360
	  71: StMemW dst: r8 src: r0 off: 12 imm: 2
	  72: StMemW dst: r8 src: r0 off: 16 imm: 0
	  73: StMemW dst: r8 src: r0 off: 20 imm: 0
	  74: StMemW dst: r8 src: r0 off: 24 imm: 0
	  75: StMemW dst: r8 src: r0 off: 28 imm: 0
	  76: StMemH dst: r7 src: r0 off: 4 imm: 2
	  77: StMemH dst: r7 src: r0 off: 6 imm: 0
	  78: StMemB dst: r7 src: r0 off: 8 imm: 0
	  79: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  80: MovReg dst: r1 src: r8
	  81: AddImm dst: r1 imm: 128
	  82: MovImm dst: r2 imm: 152
	  83: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  84: AddImm dst: r3 imm: 8
	  85: Call FnProbeReadUser
	  86: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  87: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  88: Call FnKtimeGetNs
	  89: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  90: MovReg dst: r1 src: r6
	  91: Call FnGetAttachCookie
	  92: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  93: StMemH dst: r7 src: r0 off: 10 imm: 1
	  94: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  95: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  96: SubReg dst: r2 src: r3
	  97: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  98: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  99: MovImm dst: r2 imm: 2048
	 100: Ja off: -1 <window_sized>
window_none:
	 101: MovImm dst: r2 imm: 0
window_sized:
	 102: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 103: MovReg dst: r1 src: r8
	 104: AddImm dst: r1 imm: 180992
	 105: Call FnProbeReadUser
	 106: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 107: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 108: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 109: MovReg dst: r1 src: r9
	 110: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 111: SubReg dst: r1 src: r2
	 112: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_8>
	 113: MovReg dst: r2 src: r1
	 114: AddImm dst: r2 imm: 16
	 115: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 116: JGTReg dst: r2 off: -1 src: r3 <frame_read_8>
	 117: AddReg dst: r1 src: r8
	 118: AddImm dst: r1 imm: 180992
	 119: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 120: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 121: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 122: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 123: Ja off: -1 <frame_got_9>
frame_read_8:
	 124: MovReg dst: r1 src: r8
	 125: AddImm dst: r1 imm: 64
	 126: MovImm dst: r2 imm: 16
	 127: MovReg dst: r3 src: r9
	 128: Call FnProbeReadUser
	 129: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_9:
	 130: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 131: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 132: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 133: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 134: StMemH dst: r7 src: r0 off: 10 imm: 2
	 135: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 136: MovReg dst: r1 src: r9
	 137: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 138: SubReg dst: r1 src: r2
	 139: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_10>
	 140: MovReg dst: r2 src: r1
	 141: AddImm dst: r2 imm: 16
	 142: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 143: JGTReg dst: r2 off: -1 src: r3 <frame_read_10>
	 144: AddReg dst: r1 src: r8
	 145: AddImm dst: r1 imm: 180992
	 146: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 147: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 148: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 149: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 150: Ja off: -1 <frame_got_11>
frame_read_10:
	 151: MovReg dst: r1 src: r8
	 152: AddImm dst: r1 imm: 64
	 153: MovImm dst: r2 imm: 16
	 154: MovReg dst: r3 src: r9
	 155: Call FnProbeReadUser
	 156: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_11:
	 157: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 158: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 159: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 160: StMemH dst: r7 src: r0 off: 10 imm: 3
	 161: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 162: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 163: MovReg dst: r9 src: r1
	 164: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 165: MovReg dst: r1 src: r9
	 166: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 167: SubReg dst: r1 src: r2
	 168: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_12>
	 169: MovReg dst: r2 src: r1
	 170: AddImm dst: r2 imm: 16
	 171: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 172: JGTReg dst: r2 off: -1 src: r3 <frame_read_12>
	 173: AddReg dst: r1 src: r8
	 174: AddImm dst: r1 imm: 180992
	 175: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 176: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 177: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 178: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 179: Ja off: -1 <frame_got_13>
frame_read_12:
	 180: MovReg dst: r1 src: r8
	 181: AddImm dst: r1 imm: 64
	 182: MovImm dst: r2 imm: 16
	 183: MovReg dst: r3 src: r9
	 184: Call FnProbeReadUser
	 185: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_13:
	 186: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 187: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 188: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 189: StMemH dst: r7 src: r0 off: 10 imm: 4
	 190: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 191: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 192: MovReg dst: r9 src: r1
	 193: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 194: MovReg dst: r1 src: r9
	 195: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 196: SubReg dst: r1 src: r2
	 197: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_14>
	 198: MovReg dst: r2 src: r1
	 199: AddImm dst: r2 imm: 16
	 200: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 201: JGTReg dst: r2 off: -1 src: r3 <frame_read_14>
	 202: AddReg dst: r1 src: r8
	 203: AddImm dst: r1 imm: 180992
	 204: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 205: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 206: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 207: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 208: Ja off: -1 <frame_got_15>
frame_read_14:
	 209: MovReg dst: r1 src: r8
	 210: AddImm dst: r1 imm: 64
	 211: MovImm dst: r2 imm: 16
	 212: MovReg dst: r3 src: r9
	 213: Call FnProbeReadUser
	 214: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_15:
	 215: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 216: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 217: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 218: StMemH dst: r7 src: r0 off: 10 imm: 5
	 219: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 220: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 221: MovReg dst: r9 src: r1
	 222: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 223: MovReg dst: r1 src: r9
	 224: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 225: SubReg dst: r1 src: r2
	 226: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_16>
	 227: MovReg dst: r2 src: r1
	 228: AddImm dst: r2 imm: 16
	 229: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 230: JGTReg dst: r2 off: -1 src: r3 <frame_read_16>
	 231: AddReg dst: r1 src: r8
	 232: AddImm dst: r1 imm: 180992
	 233: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 234: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 235: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 236: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 237: Ja off: -1 <frame_got_17>
frame_read_16:
	 238: MovReg dst: r1 src: r8
	 239: AddImm dst: r1 imm: 64
	 240: MovImm dst: r2 imm: 16
	 241: MovReg dst: r3 src: r9
	 242: Call FnProbeReadUser
	 243: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_17:
	 244: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 245: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 246: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 247: StMemH dst: r7 src: r0 off: 10 imm: 6
	 248: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 249: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 250: MovReg dst: r9 src: r1
	 251: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 252: MovReg dst: r1 src: r9
	 253: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 254: SubReg dst: r1 src: r2
	 255: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_18>
	 256: MovReg dst: r2 src: r1
	 257: AddImm dst: r2 imm: 16
	 258: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 259: JGTReg dst: r2 off: -1 src: r3 <frame_read_18>
	 260: AddReg dst: r1 src: r8
	 261: AddImm dst: r1 imm: 180992
	 262: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 263: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 264: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 265: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 266: Ja off: -1 <frame_got_19>
frame_read_18:
	 267: MovReg dst: r1 src: r8
	 268: AddImm dst: r1 imm: 64
	 269: MovImm dst: r2 imm: 16
	 270: MovReg dst: r3 src: r9
	 271: Call FnProbeReadUser
	 272: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_19:
	 273: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 274: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 275: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 276: StMemH dst: r7 src: r0 off: 10 imm: 7
	 277: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 278: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 279: MovReg dst: r9 src: r1
	 280: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 281: MovReg dst: r1 src: r9
	 282: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 283: SubReg dst: r1 src: r2
	 284: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_20>
	 285: MovReg dst: r2 src: r1
	 286: AddImm dst: r2 imm: 16
	 287: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 288: JGTReg dst: r2 off: -1 src: r3 <frame_read_20>
	 289: AddReg dst: r1 src: r8
	 290: AddImm dst: r1 imm: 180992
	 291: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 292: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 293: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 294: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 295: Ja off: -1 <frame_got_21>
frame_read_20:
	 296: MovReg dst: r1 src: r8
	 297: AddImm dst: r1 imm: 64
	 298: MovImm dst: r2 imm: 16
	 299: MovReg dst: r3 src: r9
	 300: Call FnProbeReadUser
	 301: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_21:
	 302: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 303: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 304: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 305: StMemH dst: r7 src: r0 off: 10 imm: 8
	 306: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 307: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 308: MovReg dst: r9 src: r1
	 309: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 310: MovReg dst: r1 src: r9
	 311: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 312: SubReg dst: r1 src: r2
	 313: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_22>
	 314: MovReg dst: r2 src: r1
	 315: AddImm dst: r2 imm: 16
	 316: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 317: JGTReg dst: r2 off: -1 src: r3 <frame_read_22>
	 318: AddReg dst: r1 src: r8
	 319: AddImm dst: r1 imm: 180992
	 320: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 321: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 322: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 323: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 324: Ja off: -1 <frame_got_23>
frame_read_22:
	 325: MovReg dst: r1 src: r8
	 326: AddImm dst: r1 imm: 64
	 327: MovImm dst: r2 imm: 16
	 328: MovReg dst: r3 src: r9
	 329: Call FnProbeReadUser
	 330: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_23:
	 331: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 332: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 333: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 334: StMemH dst: r7 src: r0 off: 10 imm: 9
	 335: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 336: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 337: MovReg dst: r9 src: r1
	 338: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 339: MovReg dst: r1 src: r9
	 340: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 341: SubReg dst: r1 src: r2
	 342: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_24>
	 343: MovReg dst: r2 src: r1
	 344: AddImm dst: r2 imm: 16
	 345: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 346: JGTReg dst: r2 off: -1 src: r3 <frame_read_24>
	 347: AddReg dst: r1 src: r8
	 348: AddImm dst: r1 imm: 180992
	 349: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 350: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 351: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 352: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 353: Ja off: -1 <frame_got_25>
frame_read_24:
	 354: MovReg dst: r1 src: r8
	 355: AddImm dst: r1 imm: 64
	 356: MovImm dst: r2 imm: 16
	 357: MovReg dst: r3 src: r9
	 358: Call FnProbeReadUser
	 359: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_25:
	 360: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 361: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 362: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 363: StMemH dst: r7 src: r0 off: 10 imm: 10
	 364: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 365: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 366: MovReg dst: r9 src: r1
	 367: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 368: MovReg dst: r1 src: r9
	 369: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 370: SubReg dst: r1 src: r2
	 371: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_26>
	 372: MovReg dst: r2 src: r1
	 373: AddImm dst: r2 imm: 16
	 374: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 375: JGTReg dst: r2 off: -1 src: r3 <frame_read_26>
	 376: AddReg dst: r1 src: r8
	 377: AddImm dst: r1 imm: 180992
	 378: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 379: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 380: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 381: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 382: Ja off: -1 <frame_got_27>
frame_read_26:
	 383: MovReg dst: r1 src: r8
	 384: AddImm dst: r1 imm: 64
	 385: MovImm dst: r2 imm: 16
	 386: MovReg dst: r3 src: r9
	 387: Call FnProbeReadUser
	 388: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_27:
	 389: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 390: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 391: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 392: StMemH dst: r7 src: r0 off: 10 imm: 11
	 393: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 394: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 395: MovReg dst: r9 src: r1
	 396: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 397: MovReg dst: r1 src: r9
	 398: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 399: SubReg dst: r1 src: r2
	 400: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_28>
	 401: MovReg dst: r2 src: r1
	 402: AddImm dst: r2 imm: 16
	 403: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 404: JGTReg dst: r2 off: -1 src: r3 <frame_read_28>
	 405: AddReg dst: r1 src: r8
	 406: AddImm dst: r1 imm: 180992
	 407: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 408: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 409: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 410: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 411: Ja off: -1 <frame_got_29>
frame_read_28:
	 412: MovReg dst: r1 src: r8
	 413: AddImm dst: r1 imm: 64
	 414: MovImm dst: r2 imm: 16
	 415: MovReg dst: r3 src: r9
	 416: Call FnProbeReadUser
	 417: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_29:
	 418: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 420: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 421: StMemH dst: r7 src: r0 off: 10 imm: 12
	 422: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 423: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 424: MovReg dst: r9 src: r1
	 425: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 426: MovReg dst: r1 src: r9
	 427: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 428: SubReg dst: r1 src: r2
	 429: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_30>
	 430: MovReg dst: r2 src: r1
	 431: AddImm dst: r2 imm: 16
	 432: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 433: JGTReg dst: r2 off: -1 src: r3 <frame_read_30>
	 434: AddReg dst: r1 src: r8
	 435: AddImm dst: r1 imm: 180992
	 436: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 437: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 438: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 439: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 440: Ja off: -1 <frame_got_31>
frame_read_30:
	 441: MovReg dst: r1 src: r8
	 442: AddImm dst: r1 imm: 64
	 443: MovImm dst: r2 imm: 16
	 444: MovReg dst: r3 src: r9
	 445: Call FnProbeReadUser
	 446: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_31:
	 447: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 448: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 449: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 450: StMemH dst: r7 src: r0 off: 10 imm: 13
	 451: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 452: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 453: MovReg dst: r9 src: r1
	 454: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 455: MovReg dst: r1 src: r9
	 456: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 457: SubReg dst: r1 src: r2
	 458: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_32>
	 459: MovReg dst: r2 src: r1
	 460: AddImm dst: r2 imm: 16
	 461: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 462: JGTReg dst: r2 off: -1 src: r3 <frame_read_32>
	 463: AddReg dst: r1 src: r8
	 464: AddImm dst: r1 imm: 180992
	 465: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 466: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 467: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 468: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 469: Ja off: -1 <frame_got_33>
frame_read_32:
	 470: MovReg dst: r1 src: r8
	 471: AddImm dst: r1 imm: 64
	 472: MovImm dst: r2 imm: 16
	 473: MovReg dst: r3 src: r9
	 474: Call FnProbeReadUser
	 475: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_33:
	 476: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 477: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 478: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 479: StMemH dst: r7 src: r0 off: 10 imm: 14
	 480: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 481: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 482: MovReg dst: r9 src: r1
	 483: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 484: MovReg dst: r1 src: r9
	 485: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 486: SubReg dst: r1 src: r2
	 487: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_34>
	 488: MovReg dst: r2 src: r1
	 489: AddImm dst: r2 imm: 16
	 490: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 491: JGTReg dst: r2 off: -1 src: r3 <frame_read_34>
	 492: AddReg dst: r1 src: r8
	 493: AddImm dst: r1 imm: 180992
	 494: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 495: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 496: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 497: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 498: Ja off: -1 <frame_got_35>
frame_read_34:
	 499: MovReg dst: r1 src: r8
	 500: AddImm dst: r1 imm: 64
	 501: MovImm dst: r2 imm: 16
	 502: MovReg dst: r3 src: r9
	 503: Call FnProbeReadUser
	 504: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_35:
	 505: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 506: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 507: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 508: StMemH dst: r7 src: r0 off: 10 imm: 15
	 509: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 510: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 511: MovReg dst: r9 src: r1
	 512: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 513: MovReg dst: r1 src: r9
	 514: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 515: SubReg dst: r1 src: r2
	 516: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_36>
	 517: MovReg dst: r2 src: r1
	 518: AddImm dst: r2 imm: 16
	 519: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 520: JGTReg dst: r2 off: -1 src: r3 <frame_read_36>
	 521: AddReg dst: r1 src: r8
	 522: AddImm dst: r1 imm: 180992
	 523: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 524: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 525: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 526: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 527: Ja off: -1 <frame_got_37>
frame_read_36:
	 528: MovReg dst: r1 src: r8
	 529: AddImm dst: r1 imm: 64
	 530: MovImm dst: r2 imm: 16
	 531: MovReg dst: r3 src: r9
	 532: Call FnProbeReadUser
	 533: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_37:
	 534: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 535: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 536: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 537: StMemH dst: r7 src: r0 off: 10 imm: 16
	 538: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 539: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 540: MovReg dst: r9 src: r1
	 541: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 542: MovReg dst: r1 src: r9
	 543: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 544: SubReg dst: r1 src: r2
	 545: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_38>
	 546: MovReg dst: r2 src: r1
	 547: AddImm dst: r2 imm: 16
	 548: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 549: JGTReg dst: r2 off: -1 src: r3 <frame_read_38>
	 550: AddReg dst: r1 src: r8
	 551: AddImm dst: r1 imm: 180992
	 552: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 553: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 554: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 555: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 556: Ja off: -1 <frame_got_39>
frame_read_38:
	 557: MovReg dst: r1 src: r8
	 558: AddImm dst: r1 imm: 64
	 559: MovImm dst: r2 imm: 16
	 560: MovReg dst: r3 src: r9
	 561: Call FnProbeReadUser
	 562: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_39:
	 563: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 564: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 565: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 566: StMemH dst: r7 src: r0 off: 10 imm: 17
	 567: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 568: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 569: MovReg dst: r9 src: r1
	 570: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 571: MovReg dst: r1 src: r9
	 572: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 573: SubReg dst: r1 src: r2
	 574: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_40>
	 575: MovReg dst: r2 src: r1
	 576: AddImm dst: r2 imm: 16
	 577: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 578: JGTReg dst: r2 off: -1 src: r3 <frame_read_40>
	 579: AddReg dst: r1 src: r8
	 580: AddImm dst: r1 imm: 180992
	 581: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 582: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 583: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 584: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 585: Ja off: -1 <frame_got_41>
frame_read_40:
	 586: MovReg dst: r1 src: r8
	 587: AddImm dst: r1 imm: 64
	 588: MovImm dst: r2 imm: 16
	 589: MovReg dst: r3 src: r9
	 590: Call FnProbeReadUser
	 591: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_41:
	 592: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 593: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 594: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 595: StMemH dst: r7 src: r0 off: 10 imm: 18
	 596: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 597: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 598: MovReg dst: r9 src: r1
	 599: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 600: MovReg dst: r1 src: r9
	 601: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 602: SubReg dst: r1 src: r2
	 603: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_42>
	 604: MovReg dst: r2 src: r1
	 605: AddImm dst: r2 imm: 16
	 606: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 607: JGTReg dst: r2 off: -1 src: r3 <frame_read_42>
	 608: AddReg dst: r1 src: r8
	 609: AddImm dst: r1 imm: 180992
	 610: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 611: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 612: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 613: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 614: Ja off: -1 <frame_got_43>
frame_read_42:
	 615: MovReg dst: r1 src: r8
	 616: AddImm dst: r1 imm: 64
	 617: MovImm dst: r2 imm: 16
	 618: MovReg dst: r3 src: r9
	 619: Call FnProbeReadUser
	 620: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_43:
	 621: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 622: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 623: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 624: StMemH dst: r7 src: r0 off: 10 imm: 19
	 625: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 626: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 627: MovReg dst: r9 src: r1
	 628: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 629: MovReg dst: r1 src: r9
	 630: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 631: SubReg dst: r1 src: r2
	 632: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_44>
	 633: MovReg dst: r2 src: r1
	 634: AddImm dst: r2 imm: 16
	 635: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 636: JGTReg dst: r2 off: -1 src: r3 <frame_read_44>
	 637: AddReg dst: r1 src: r8
	 638: AddImm dst: r1 imm: 180992
	 639: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 640: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 641: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 642: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 643: Ja off: -1 <frame_got_45>
frame_read_44:
	 644: MovReg dst: r1 src: r8
	 645: AddImm dst: r1 imm: 64
	 646: MovImm dst: r2 imm: 16
	 647: MovReg dst: r3 src: r9
	 648: Call FnProbeReadUser
	 649: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_45:
	 650: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 651: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 652: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 653: StMemH dst: r7 src: r0 off: 10 imm: 20
	 654: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 655: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 656: MovReg dst: r9 src: r1
	 657: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 658: MovReg dst: r1 src: r9
	 659: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 660: SubReg dst: r1 src: r2
	 661: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_46>
	 662: MovReg dst: r2 src: r1
	 663: AddImm dst: r2 imm: 16
	 664: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 665: JGTReg dst: r2 off: -1 src: r3 <frame_read_46>
	 666: AddReg dst: r1 src: r8
	 667: AddImm dst: r1 imm: 180992
	 668: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 669: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 670: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 671: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 672: Ja off: -1 <frame_got_47>
frame_read_46:
	 673: MovReg dst: r1 src: r8
	 674: AddImm dst: r1 imm: 64
	 675: MovImm dst: r2 imm: 16
	 676: MovReg dst: r3 src: r9
	 677: Call FnProbeReadUser
	 678: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_47:
	 679: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 680: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 681: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 682: StMemH dst: r7 src: r0 off: 10 imm: 21
	 683: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 684: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 685: MovReg dst: r9 src: r1
	 686: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 687: MovReg dst: r1 src: r9
	 688: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 689: SubReg dst: r1 src: r2
	 690: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_48>
	 691: MovReg dst: r2 src: r1
	 692: AddImm dst: r2 imm: 16
	 693: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 694: JGTReg dst: r2 off: -1 src: r3 <frame_read_48>
	 695: AddReg dst: r1 src: r8
	 696: AddImm dst: r1 imm: 180992
	 697: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 698: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 699: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 700: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 701: Ja off: -1 <frame_got_49>
frame_read_48:
	 702: MovReg dst: r1 src: r8
	 703: AddImm dst: r1 imm: 64
	 704: MovImm dst: r2 imm: 16
	 705: MovReg dst: r3 src: r9
	 706: Call FnProbeReadUser
	 707: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_49:
	 708: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 709: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 710: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 711: StMemH dst: r7 src: r0 off: 10 imm: 22
	 712: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 713: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 714: MovReg dst: r9 src: r1
	 715: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 716: MovReg dst: r1 src: r9
	 717: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 718: SubReg dst: r1 src: r2
	 719: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_50>
	 720: MovReg dst: r2 src: r1
	 721: AddImm dst: r2 imm: 16
	 722: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 723: JGTReg dst: r2 off: -1 src: r3 <frame_read_50>
	 724: AddReg dst: r1 src: r8
	 725: AddImm dst: r1 imm: 180992
	 726: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 727: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 728: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 729: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 730: Ja off: -1 <frame_got_51>
frame_read_50:
	 731: MovReg dst: r1 src: r8
	 732: AddImm dst: r1 imm: 64
	 733: MovImm dst: r2 imm: 16
	 734: MovReg dst: r3 src: r9
	 735: Call FnProbeReadUser
	 736: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_51:
	 737: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 738: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 739: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 740: StMemH dst: r7 src: r0 off: 10 imm: 23
	 741: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 742: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 743: MovReg dst: r9 src: r1
	 744: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 745: MovReg dst: r1 src: r9
	 746: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 747: SubReg dst: r1 src: r2
	 748: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_52>
	 749: MovReg dst: r2 src: r1
	 750: AddImm dst: r2 imm: 16
	 751: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 752: JGTReg dst: r2 off: -1 src: r3 <frame_read_52>
	 753: AddReg dst: r1 src: r8
	 754: AddImm dst: r1 imm: 180992
	 755: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 756: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 757: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 758: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 759: Ja off: -1 <frame_got_53>
frame_read_52:
	 760: MovReg dst: r1 src: r8
	 761: AddImm dst: r1 imm: 64
	 762: MovImm dst: r2 imm: 16
	 763: MovReg dst: r3 src: r9
	 764: Call FnProbeReadUser
	 765: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_53:
	 766: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 767: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 768: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 769: StMemH dst: r7 src: r0 off: 10 imm: 24
	 770: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 771: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 772: MovReg dst: r9 src: r1
	 773: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 774: MovReg dst: r1 src: r9
	 775: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 776: SubReg dst: r1 src: r2
	 777: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_54>
	 778: MovReg dst: r2 src: r1
	 779: AddImm dst: r2 imm: 16
	 780: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 781: JGTReg dst: r2 off: -1 src: r3 <frame_read_54>
	 782: AddReg dst: r1 src: r8
	 783: AddImm dst: r1 imm: 180992
	 784: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 785: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 786: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 787: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 788: Ja off: -1 <frame_got_55>
frame_read_54:
	 789: MovReg dst: r1 src: r8
	 790: AddImm dst: r1 imm: 64
	 791: MovImm dst: r2 imm: 16
	 792: MovReg dst: r3 src: r9
	 793: Call FnProbeReadUser
	 794: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_55:
	 795: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 796: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 797: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 798: StMemH dst: r7 src: r0 off: 10 imm: 25
	 799: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 800: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 801: MovReg dst: r9 src: r1
	 802: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 803: MovReg dst: r1 src: r9
	 804: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 805: SubReg dst: r1 src: r2
	 806: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_56>
	 807: MovReg dst: r2 src: r1
	 808: AddImm dst: r2 imm: 16
	 809: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 810: JGTReg dst: r2 off: -1 src: r3 <frame_read_56>
	 811: AddReg dst: r1 src: r8
	 812: AddImm dst: r1 imm: 180992
	 813: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 814: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 815: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 816: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 817: Ja off: -1 <frame_got_57>
frame_read_56:
	 818: MovReg dst: r1 src: r8
	 819: AddImm dst: r1 imm: 64
	 820: MovImm dst: r2 imm: 16
	 821: MovReg dst: r3 src: r9
	 822: Call FnProbeReadUser
	 823: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_57:
	 824: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 825: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 826: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 827: StMemH dst: r7 src: r0 off: 10 imm: 26
	 828: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 829: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 830: MovReg dst: r9 src: r1
	 831: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 832: MovReg dst: r1 src: r9
	 833: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 834: SubReg dst: r1 src: r2
	 835: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_58>
	 836: MovReg dst: r2 src: r1
	 837: AddImm dst: r2 imm: 16
	 838: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 839: JGTReg dst: r2 off: -1 src: r3 <frame_read_58>
	 840: AddReg dst: r1 src: r8
	 841: AddImm dst: r1 imm: 180992
	 842: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 843: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 844: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 845: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 846: Ja off: -1 <frame_got_59>
frame_read_58:
	 847: MovReg dst: r1 src: r8
	 848: AddImm dst: r1 imm: 64
	 849: MovImm dst: r2 imm: 16
	 850: MovReg dst: r3 src: r9
	 851: Call FnProbeReadUser
	 852: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_59:
	 853: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 854: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 855: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 856: StMemH dst: r7 src: r0 off: 10 imm: 27
	 857: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 858: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 859: MovReg dst: r9 src: r1
	 860: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 861: MovReg dst: r1 src: r9
	 862: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 863: SubReg dst: r1 src: r2
	 864: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_60>
	 865: MovReg dst: r2 src: r1
	 866: AddImm dst: r2 imm: 16
	 867: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 868: JGTReg dst: r2 off: -1 src: r3 <frame_read_60>
	 869: AddReg dst: r1 src: r8
	 870: AddImm dst: r1 imm: 180992
	 871: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 872: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 873: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 874: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 875: Ja off: -1 <frame_got_61>
frame_read_60:
	 876: MovReg dst: r1 src: r8
	 877: AddImm dst: r1 imm: 64
	 878: MovImm dst: r2 imm: 16
	 879: MovReg dst: r3 src: r9
	 880: Call FnProbeReadUser
	 881: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_61:
	 882: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 883: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 884: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 885: StMemH dst: r7 src: r0 off: 10 imm: 28
	 886: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 887: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 888: MovReg dst: r9 src: r1
	 889: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 890: MovReg dst: r1 src: r9
	 891: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 892: SubReg dst: r1 src: r2
	 893: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_62>
	 894: MovReg dst: r2 src: r1
	 895: AddImm dst: r2 imm: 16
	 896: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 897: JGTReg dst: r2 off: -1 src: r3 <frame_read_62>
	 898: AddReg dst: r1 src: r8
	 899: AddImm dst: r1 imm: 180992
	 900: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 901: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 902: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 903: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 904: Ja off: -1 <frame_got_63>
frame_read_62:
	 905: MovReg dst: r1 src: r8
	 906: AddImm dst: r1 imm: 64
	 907: MovImm dst: r2 imm: 16
	 908: MovReg dst: r3 src: r9
	 909: Call FnProbeReadUser
	 910: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_63:
	 911: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 912: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 913: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 914: StMemH dst: r7 src: r0 off: 10 imm: 29
	 915: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 916: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 917: MovReg dst: r9 src: r1
	 918: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 919: MovReg dst: r1 src: r9
	 920: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 921: SubReg dst: r1 src: r2
	 922: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_64>
	 923: MovReg dst: r2 src: r1
	 924: AddImm dst: r2 imm: 16
	 925: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 926: JGTReg dst: r2 off: -1 src: r3 <frame_read_64>
	 927: AddReg dst: r1 src: r8
	 928: AddImm dst: r1 imm: 180992
	 929: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 930: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 931: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 932: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 933: Ja off: -1 <frame_got_65>
frame_read_64:
	 934: MovReg dst: r1 src: r8
	 935: AddImm dst: r1 imm: 64
	 936: MovImm dst: r2 imm: 16
	 937: MovReg dst: r3 src: r9
	 938: Call FnProbeReadUser
	 939: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_65:
	 940: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 941: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 942: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 943: StMemH dst: r7 src: r0 off: 10 imm: 30
	 944: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 945: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 946: MovReg dst: r9 src: r1
	 947: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 948: MovReg dst: r1 src: r9
	 949: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 950: SubReg dst: r1 src: r2
	 951: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_66>
	 952: MovReg dst: r2 src: r1
	 953: AddImm dst: r2 imm: 16
	 954: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 955: JGTReg dst: r2 off: -1 src: r3 <frame_read_66>
	 956: AddReg dst: r1 src: r8
	 957: AddImm dst: r1 imm: 180992
	 958: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 959: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 960: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 961: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 962: Ja off: -1 <frame_got_67>
frame_read_66:
	 963: MovReg dst: r1 src: r8
	 964: AddImm dst: r1 imm: 64
	 965: MovImm dst: r2 imm: 16
	 966: MovReg dst: r3 src: r9
	 967: Call FnProbeReadUser
	 968: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_67:
	 969: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 970: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 971: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 972: StMemH dst: r7 src: r0 off: 10 imm: 31
	 973: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 974: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 975: MovReg dst: r9 src: r1
	 976: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 977: MovReg dst: r1 src: r9
	 978: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 979: SubReg dst: r1 src: r2
	 980: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_68>
	 981: MovReg dst: r2 src: r1
	 982: AddImm dst: r2 imm: 16
	 983: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 984: JGTReg dst: r2 off: -1 src: r3 <frame_read_68>
	 985: AddReg dst: r1 src: r8
	 986: AddImm dst: r1 imm: 180992
	 987: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 988: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 989: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 990: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 991: Ja off: -1 <frame_got_69>
frame_read_68:
	 992: MovReg dst: r1 src: r8
	 993: AddImm dst: r1 imm: 64
	 994: MovImm dst: r2 imm: 16
	 995: MovReg dst: r3 src: r9
	 996: Call FnProbeReadUser
	 997: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_69:
	 998: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 999: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	1000: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	1001: StMemH dst: r7 src: r0 off: 10 imm: 32
	1002: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	1003: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	1004: MovReg dst: r9 src: r1
	1005: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	1006: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1007: OrImm dst: r1 imm: 2
	1008: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	1009: MovReg dst: r9 src: r7
	1010: AddImm dst: r9 imm: 296
	1011: StMemW dst: r9 src: r0 off: 0 imm: 1
	1012: StMemDW dst: r9 src: r0 off: 8 imm: 0
	1013: StMemW dst: r9 src: r0 off: 4 imm: 0
	1014: StMemW dst: r9 src: r0 off: 16 imm: 8
	1015: StMemW dst: r9 src: r0 off: 20 imm: 8
	1016: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	1017: MovReg dst: r1 src: r9
	1018: AddImm dst: r1 imm: 24
	1019: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	1020: MovReg dst: r9 src: r7
	1021: AddImm dst: r9 imm: 328
	1022: StMemW dst: r9 src: r0 off: 0 imm: 2
	1023: StMemDW dst: r9 src: r0 off: 8 imm: 0
	1024: StMemW dst: r9 src: r0 off: 4 imm: 0
	1025: StMemW dst: r9 src: r0 off: 16 imm: 1
	1026: StMemW dst: r9 src: r0 off: 20 imm: 8
	1027: MovReg dst: r1 src: r9
	1028: AddImm dst: r1 imm: 24
	1029: StMemDW dst: r1 src: r0 off: 0 imm: 0
	1030: MovReg dst: r1 src: r9
	1031: AddImm dst: r1 imm: 24
	1032: MovImm dst: r2 imm: 1
	1033: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	1034: AddImm dst: r3 imm: 8
	1035: Call FnProbeReadUser
	1036: JEqImm dst: r0 off: -1 imm: 0 <root_done_70>
	1037: StMemW dst: r9 src: r0 off: 4 imm: 1
	1038: StMemW dst: r9 src: r0 off: 16 imm: 0
root_done_70:
	1039: Ja off: -1 <emit>
emit:
	1040: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1041: StXMemW dst: r7 src: r3 off: 0 imm: 0
	1042: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	1043: StXMemW dst: r7 src: r1 off: 12 imm: 0
	1044: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1045: StXMemB dst: r7 src: r1 off: 9 imm: 0
	1046: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	1047: MovImm dst: r4 imm: 1
	1048: AndImm dst: r1 imm: 15
	1049: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	1050: LoadMapPtr dst: r1 fd: 7
	1052: MovImm dst: r2 imm: 0
	1053: Call FnRingbufQuery
	1054: MovImm dst: r4 imm: 1
	1055: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	1056: MovImm dst: r4 imm: 2
wake_chosen:
	1057: LoadMapPtr dst: r1 fd: 7
	1059: MovReg dst: r2 src: r7
	1060: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1061: AndImm dst: r3 imm: 65535
	1062: Call FnRingbufOutput
	1063: StMemW dst: r8 src: r0 off: 0 imm: 0
	1064: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1065: MovImm dst: r1 imm: 2
	1066: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1067: LoadMapPtr dst: r1 fd: 8
	1069: MovReg dst: r2 src: rfp
	1070: AddImm dst: r2 imm: -8
	1071: Call FnMapLookupElem
	1072: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1073: MovImm dst: r1 imm: 1
	1074: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1075: MovImm dst: r0 imm: 0
	1076: Exit
