	   0: MovReg dst: r6 src: r1
	   1: LdXMemDW dst: r1 src: r6 off: 144 imm: 0
	   2: JSetImm dst: r1 off: -1 imm: 65 <exit>
	   3: LdXMemDW dst: r1 src: r6 off: 80 imm: 0
	   4: JSGEImm dst: r1 off: -1 imm: 3 <cond_next_3>
	   5: Ja off: -1 <cond_false_2>
cond_next_3:
	   6: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	   7: AddImm dst: r3 imm: 8
	   8: StMemDW dst: rfp src: r0 off: -16 imm: 0
	   9: MovReg dst: r1 src: rfp
	  10: AddImm dst: r1 imm: -16
	  11: MovImm dst: r2 imm: 1
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
	  69: StMemW dst: r8 src: r0 off: 8 imm: 232
	  70: StMemW dst: r8 src: r0 off: 80 imm: 232
	  71: StMemW dst: r8 src: r0 off: 12 imm: 2
	  72: StMemW dst: r8 src: r0 off: 16 imm: 0
	  73: StMemW dst: r8 src: r0 off: 20 imm: 0
	  74: StMemW dst: r8 src: r0 off: 24 imm: 0
	  75: StMemW dst: r8 src: r0 off: 28 imm: 0
	  76: StMemH dst: r7 src: r0 off: 4 imm: 2
	  77: StMemH dst: r7 src: r0 off: 6 imm: 0
	  78: StMemB dst: r7 src: r0 off: 8 imm: 0
	  79: StMemH dst: r7 src: r0 off: 14 imm: 16
	  80: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  81: MovReg dst: r1 src: r8
	  82: AddImm dst: r1 imm: 128
	  83: MovImm dst: r2 imm: 152
	  84: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  85: AddImm dst: r3 imm: 8
	  86: Call FnProbeReadUser
	  87: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  88: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  89: Call FnKtimeGetNs
	  90: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  91: MovReg dst: r1 src: r6
	  92: Call FnGetAttachCookie
	  93: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  94: StMemH dst: r7 src: r0 off: 10 imm: 1
	  95: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  96: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  97: SubReg dst: r2 src: r3
	  98: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  99: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	 100: MovImm dst: r2 imm: 2048
	 101: Ja off: -1 <window_sized>
window_none:
	 102: MovImm dst: r2 imm: 0
window_sized:
	 103: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 104: MovReg dst: r1 src: r8
	 105: AddImm dst: r1 imm: 180992
	 106: Call FnProbeReadUser
	 107: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 108: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 109: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 110: MovReg dst: r1 src: r9
	 111: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 112: SubReg dst: r1 src: r2
	 113: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_8>
	 114: MovReg dst: r2 src: r1
	 115: AddImm dst: r2 imm: 16
	 116: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 117: JGTReg dst: r2 off: -1 src: r3 <frame_read_8>
	 118: AddReg dst: r1 src: r8
	 119: AddImm dst: r1 imm: 180992
	 120: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 121: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 122: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 123: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 124: Ja off: -1 <frame_got_9>
frame_read_8:
	 125: MovReg dst: r1 src: r8
	 126: AddImm dst: r1 imm: 64
	 127: MovImm dst: r2 imm: 16
	 128: MovReg dst: r3 src: r9
	 129: Call FnProbeReadUser
	 130: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_9:
	 131: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 132: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 133: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 134: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 135: StMemH dst: r7 src: r0 off: 10 imm: 2
	 136: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 137: MovReg dst: r1 src: r9
	 138: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 139: SubReg dst: r1 src: r2
	 140: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_10>
	 141: MovReg dst: r2 src: r1
	 142: AddImm dst: r2 imm: 16
	 143: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 144: JGTReg dst: r2 off: -1 src: r3 <frame_read_10>
	 145: AddReg dst: r1 src: r8
	 146: AddImm dst: r1 imm: 180992
	 147: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 148: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 149: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 150: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 151: Ja off: -1 <frame_got_11>
frame_read_10:
	 152: MovReg dst: r1 src: r8
	 153: AddImm dst: r1 imm: 64
	 154: MovImm dst: r2 imm: 16
	 155: MovReg dst: r3 src: r9
	 156: Call FnProbeReadUser
	 157: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_11:
	 158: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 159: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 160: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 161: StMemH dst: r7 src: r0 off: 10 imm: 3
	 162: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 163: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 164: MovReg dst: r9 src: r1
	 165: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 166: MovReg dst: r1 src: r9
	 167: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 168: SubReg dst: r1 src: r2
	 169: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_12>
	 170: MovReg dst: r2 src: r1
	 171: AddImm dst: r2 imm: 16
	 172: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 173: JGTReg dst: r2 off: -1 src: r3 <frame_read_12>
	 174: AddReg dst: r1 src: r8
	 175: AddImm dst: r1 imm: 180992
	 176: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 177: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 178: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 179: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 180: Ja off: -1 <frame_got_13>
frame_read_12:
	 181: MovReg dst: r1 src: r8
	 182: AddImm dst: r1 imm: 64
	 183: MovImm dst: r2 imm: 16
	 184: MovReg dst: r3 src: r9
	 185: Call FnProbeReadUser
	 186: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_13:
	 187: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 188: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 189: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 190: StMemH dst: r7 src: r0 off: 10 imm: 4
	 191: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 192: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 193: MovReg dst: r9 src: r1
	 194: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 195: MovReg dst: r1 src: r9
	 196: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 197: SubReg dst: r1 src: r2
	 198: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_14>
	 199: MovReg dst: r2 src: r1
	 200: AddImm dst: r2 imm: 16
	 201: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 202: JGTReg dst: r2 off: -1 src: r3 <frame_read_14>
	 203: AddReg dst: r1 src: r8
	 204: AddImm dst: r1 imm: 180992
	 205: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 206: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 207: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 208: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 209: Ja off: -1 <frame_got_15>
frame_read_14:
	 210: MovReg dst: r1 src: r8
	 211: AddImm dst: r1 imm: 64
	 212: MovImm dst: r2 imm: 16
	 213: MovReg dst: r3 src: r9
	 214: Call FnProbeReadUser
	 215: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_15:
	 216: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 217: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 218: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 219: StMemH dst: r7 src: r0 off: 10 imm: 5
	 220: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 221: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 222: MovReg dst: r9 src: r1
	 223: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 224: MovReg dst: r1 src: r9
	 225: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 226: SubReg dst: r1 src: r2
	 227: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_16>
	 228: MovReg dst: r2 src: r1
	 229: AddImm dst: r2 imm: 16
	 230: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 231: JGTReg dst: r2 off: -1 src: r3 <frame_read_16>
	 232: AddReg dst: r1 src: r8
	 233: AddImm dst: r1 imm: 180992
	 234: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 235: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 236: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 237: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 238: Ja off: -1 <frame_got_17>
frame_read_16:
	 239: MovReg dst: r1 src: r8
	 240: AddImm dst: r1 imm: 64
	 241: MovImm dst: r2 imm: 16
	 242: MovReg dst: r3 src: r9
	 243: Call FnProbeReadUser
	 244: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_17:
	 245: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 246: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 247: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 248: StMemH dst: r7 src: r0 off: 10 imm: 6
	 249: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 250: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 251: MovReg dst: r9 src: r1
	 252: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 253: MovReg dst: r1 src: r9
	 254: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 255: SubReg dst: r1 src: r2
	 256: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_18>
	 257: MovReg dst: r2 src: r1
	 258: AddImm dst: r2 imm: 16
	 259: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 260: JGTReg dst: r2 off: -1 src: r3 <frame_read_18>
	 261: AddReg dst: r1 src: r8
	 262: AddImm dst: r1 imm: 180992
	 263: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 264: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 265: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 266: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 267: Ja off: -1 <frame_got_19>
frame_read_18:
	 268: MovReg dst: r1 src: r8
	 269: AddImm dst: r1 imm: 64
	 270: MovImm dst: r2 imm: 16
	 271: MovReg dst: r3 src: r9
	 272: Call FnProbeReadUser
	 273: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_19:
	 274: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 275: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 276: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 277: StMemH dst: r7 src: r0 off: 10 imm: 7
	 278: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 279: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 280: MovReg dst: r9 src: r1
	 281: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 282: MovReg dst: r1 src: r9
	 283: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 284: SubReg dst: r1 src: r2
	 285: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_20>
	 286: MovReg dst: r2 src: r1
	 287: AddImm dst: r2 imm: 16
	 288: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 289: JGTReg dst: r2 off: -1 src: r3 <frame_read_20>
	 290: AddReg dst: r1 src: r8
	 291: AddImm dst: r1 imm: 180992
	 292: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 293: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 294: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 295: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 296: Ja off: -1 <frame_got_21>
frame_read_20:
	 297: MovReg dst: r1 src: r8
	 298: AddImm dst: r1 imm: 64
	 299: MovImm dst: r2 imm: 16
	 300: MovReg dst: r3 src: r9
	 301: Call FnProbeReadUser
	 302: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_21:
	 303: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 304: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 305: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 306: StMemH dst: r7 src: r0 off: 10 imm: 8
	 307: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 308: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 309: MovReg dst: r9 src: r1
	 310: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 311: MovReg dst: r1 src: r9
	 312: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 313: SubReg dst: r1 src: r2
	 314: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_22>
	 315: MovReg dst: r2 src: r1
	 316: AddImm dst: r2 imm: 16
	 317: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 318: JGTReg dst: r2 off: -1 src: r3 <frame_read_22>
	 319: AddReg dst: r1 src: r8
	 320: AddImm dst: r1 imm: 180992
	 321: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 322: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 323: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 324: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 325: Ja off: -1 <frame_got_23>
frame_read_22:
	 326: MovReg dst: r1 src: r8
	 327: AddImm dst: r1 imm: 64
	 328: MovImm dst: r2 imm: 16
	 329: MovReg dst: r3 src: r9
	 330: Call FnProbeReadUser
	 331: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_23:
	 332: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 333: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 334: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 335: StMemH dst: r7 src: r0 off: 10 imm: 9
	 336: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 337: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 338: MovReg dst: r9 src: r1
	 339: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 340: MovReg dst: r1 src: r9
	 341: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 342: SubReg dst: r1 src: r2
	 343: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_24>
	 344: MovReg dst: r2 src: r1
	 345: AddImm dst: r2 imm: 16
	 346: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 347: JGTReg dst: r2 off: -1 src: r3 <frame_read_24>
	 348: AddReg dst: r1 src: r8
	 349: AddImm dst: r1 imm: 180992
	 350: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 351: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 352: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 353: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 354: Ja off: -1 <frame_got_25>
frame_read_24:
	 355: MovReg dst: r1 src: r8
	 356: AddImm dst: r1 imm: 64
	 357: MovImm dst: r2 imm: 16
	 358: MovReg dst: r3 src: r9
	 359: Call FnProbeReadUser
	 360: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_25:
	 361: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 362: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 363: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 364: StMemH dst: r7 src: r0 off: 10 imm: 10
	 365: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 366: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 367: MovReg dst: r9 src: r1
	 368: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 369: MovReg dst: r1 src: r9
	 370: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 371: SubReg dst: r1 src: r2
	 372: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_26>
	 373: MovReg dst: r2 src: r1
	 374: AddImm dst: r2 imm: 16
	 375: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 376: JGTReg dst: r2 off: -1 src: r3 <frame_read_26>
	 377: AddReg dst: r1 src: r8
	 378: AddImm dst: r1 imm: 180992
	 379: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 380: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 381: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 382: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 383: Ja off: -1 <frame_got_27>
frame_read_26:
	 384: MovReg dst: r1 src: r8
	 385: AddImm dst: r1 imm: 64
	 386: MovImm dst: r2 imm: 16
	 387: MovReg dst: r3 src: r9
	 388: Call FnProbeReadUser
	 389: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_27:
	 390: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 391: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 392: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 393: StMemH dst: r7 src: r0 off: 10 imm: 11
	 394: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 395: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 396: MovReg dst: r9 src: r1
	 397: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 398: MovReg dst: r1 src: r9
	 399: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 400: SubReg dst: r1 src: r2
	 401: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_28>
	 402: MovReg dst: r2 src: r1
	 403: AddImm dst: r2 imm: 16
	 404: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 405: JGTReg dst: r2 off: -1 src: r3 <frame_read_28>
	 406: AddReg dst: r1 src: r8
	 407: AddImm dst: r1 imm: 180992
	 408: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 409: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 410: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 411: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 412: Ja off: -1 <frame_got_29>
frame_read_28:
	 413: MovReg dst: r1 src: r8
	 414: AddImm dst: r1 imm: 64
	 415: MovImm dst: r2 imm: 16
	 416: MovReg dst: r3 src: r9
	 417: Call FnProbeReadUser
	 418: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_29:
	 419: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 420: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 421: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 422: StMemH dst: r7 src: r0 off: 10 imm: 12
	 423: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 424: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 425: MovReg dst: r9 src: r1
	 426: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 427: MovReg dst: r1 src: r9
	 428: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 429: SubReg dst: r1 src: r2
	 430: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_30>
	 431: MovReg dst: r2 src: r1
	 432: AddImm dst: r2 imm: 16
	 433: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 434: JGTReg dst: r2 off: -1 src: r3 <frame_read_30>
	 435: AddReg dst: r1 src: r8
	 436: AddImm dst: r1 imm: 180992
	 437: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 438: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 439: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 440: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 441: Ja off: -1 <frame_got_31>
frame_read_30:
	 442: MovReg dst: r1 src: r8
	 443: AddImm dst: r1 imm: 64
	 444: MovImm dst: r2 imm: 16
	 445: MovReg dst: r3 src: r9
	 446: Call FnProbeReadUser
	 447: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_31:
	 448: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 449: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 450: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 451: StMemH dst: r7 src: r0 off: 10 imm: 13
	 452: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 453: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 454: MovReg dst: r9 src: r1
	 455: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 456: MovReg dst: r1 src: r9
	 457: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 458: SubReg dst: r1 src: r2
	 459: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_32>
	 460: MovReg dst: r2 src: r1
	 461: AddImm dst: r2 imm: 16
	 462: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 463: JGTReg dst: r2 off: -1 src: r3 <frame_read_32>
	 464: AddReg dst: r1 src: r8
	 465: AddImm dst: r1 imm: 180992
	 466: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 467: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 468: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 469: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 470: Ja off: -1 <frame_got_33>
frame_read_32:
	 471: MovReg dst: r1 src: r8
	 472: AddImm dst: r1 imm: 64
	 473: MovImm dst: r2 imm: 16
	 474: MovReg dst: r3 src: r9
	 475: Call FnProbeReadUser
	 476: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_33:
	 477: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 478: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 479: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 480: StMemH dst: r7 src: r0 off: 10 imm: 14
	 481: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 482: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 483: MovReg dst: r9 src: r1
	 484: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 485: MovReg dst: r1 src: r9
	 486: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 487: SubReg dst: r1 src: r2
	 488: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_34>
	 489: MovReg dst: r2 src: r1
	 490: AddImm dst: r2 imm: 16
	 491: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 492: JGTReg dst: r2 off: -1 src: r3 <frame_read_34>
	 493: AddReg dst: r1 src: r8
	 494: AddImm dst: r1 imm: 180992
	 495: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 496: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 497: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 498: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 499: Ja off: -1 <frame_got_35>
frame_read_34:
	 500: MovReg dst: r1 src: r8
	 501: AddImm dst: r1 imm: 64
	 502: MovImm dst: r2 imm: 16
	 503: MovReg dst: r3 src: r9
	 504: Call FnProbeReadUser
	 505: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_35:
	 506: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 507: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 508: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 509: StMemH dst: r7 src: r0 off: 10 imm: 15
	 510: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 511: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 512: MovReg dst: r9 src: r1
	 513: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 514: MovReg dst: r1 src: r9
	 515: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 516: SubReg dst: r1 src: r2
	 517: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_36>
	 518: MovReg dst: r2 src: r1
	 519: AddImm dst: r2 imm: 16
	 520: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 521: JGTReg dst: r2 off: -1 src: r3 <frame_read_36>
	 522: AddReg dst: r1 src: r8
	 523: AddImm dst: r1 imm: 180992
	 524: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 525: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 526: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 527: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 528: Ja off: -1 <frame_got_37>
frame_read_36:
	 529: MovReg dst: r1 src: r8
	 530: AddImm dst: r1 imm: 64
	 531: MovImm dst: r2 imm: 16
	 532: MovReg dst: r3 src: r9
	 533: Call FnProbeReadUser
	 534: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_37:
	 535: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 536: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 537: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 538: StMemH dst: r7 src: r0 off: 10 imm: 16
	 539: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 540: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 541: MovReg dst: r9 src: r1
	 542: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 543: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 544: OrImm dst: r1 imm: 2
	 545: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 546: MovReg dst: r9 src: r7
	 547: AddImm dst: r9 imm: 168
	 548: StMemW dst: r9 src: r0 off: 0 imm: 1
	 549: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 550: StMemW dst: r9 src: r0 off: 4 imm: 0
	 551: StMemW dst: r9 src: r0 off: 16 imm: 8
	 552: StMemW dst: r9 src: r0 off: 20 imm: 8
	 553: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 554: MovReg dst: r1 src: r9
	 555: AddImm dst: r1 imm: 24
	 556: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 557: MovReg dst: r9 src: r7
	 558: AddImm dst: r9 imm: 200
	 559: StMemW dst: r9 src: r0 off: 0 imm: 2
	 560: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 561: StMemW dst: r9 src: r0 off: 4 imm: 0
	 562: StMemW dst: r9 src: r0 off: 16 imm: 1
	 563: StMemW dst: r9 src: r0 off: 20 imm: 8
	 564: MovReg dst: r1 src: r9
	 565: AddImm dst: r1 imm: 24
	 566: StMemDW dst: r1 src: r0 off: 0 imm: 0
	 567: MovReg dst: r1 src: r9
	 568: AddImm dst: r1 imm: 24
	 569: MovImm dst: r2 imm: 1
	 570: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	 571: AddImm dst: r3 imm: 8
	 572: Call FnProbeReadUser
	 573: JEqImm dst: r0 off: -1 imm: 0 <root_done_38>
	 574: StMemW dst: r9 src: r0 off: 4 imm: 1
	 575: StMemW dst: r9 src: r0 off: 16 imm: 0
root_done_38:
	 576: Ja off: -1 <emit>
emit:
	 577: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 578: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 579: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 580: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 581: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 582: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 583: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 584: MovImm dst: r4 imm: 1
	 585: AndImm dst: r1 imm: 15
	 586: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 587: LoadMapPtr dst: r1 fd: 7
	 589: MovImm dst: r2 imm: 0
	 590: Call FnRingbufQuery
	 591: MovImm dst: r4 imm: 1
	 592: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 593: MovImm dst: r4 imm: 2
wake_chosen:
	 594: LoadMapPtr dst: r1 fd: 7
	 596: MovReg dst: r2 src: r7
	 597: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 598: AndImm dst: r3 imm: 65535
	 599: Call FnRingbufOutput
	 600: StMemW dst: r8 src: r0 off: 0 imm: 0
	 601: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 602: MovImm dst: r1 imm: 2
	 603: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 604: LoadMapPtr dst: r1 fd: 8
	 606: MovReg dst: r2 src: rfp
	 607: AddImm dst: r2 imm: -8
	 608: Call FnMapLookupElem
	 609: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 610: MovImm dst: r1 imm: 1
	 611: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 612: MovImm dst: r0 imm: 0
	 613: Exit
