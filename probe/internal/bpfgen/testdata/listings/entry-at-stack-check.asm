	   0: MovReg dst: r6 src: r1
	   1: LdXMemDW dst: r1 src: r6 off: 144 imm: 0
	   2: JSetImm dst: r1 off: -1 imm: 65 <exit>
	   3: MovImm dst: r1 imm: 2
	   4: StXMemW dst: rfp src: r1 off: -8 imm: 0
	   5: LoadMapPtr dst: r1 fd: 0
	   7: MovReg dst: r2 src: rfp
	   8: AddImm dst: r2 imm: -8
	   9: Call FnMapLookupElem
	  10: JEqImm dst: r0 off: -1 imm: 0 <sample_pass_1>
	  11: MovReg dst: r9 src: r0
	  12: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	  13: JSLEImm dst: r1 off: -1 imm: 0 <sample_refill_2>
	  14: MovImm dst: r1 imm: -1
	  15: StXAtomicFetchAddDW dst: r9 src: r1 off: 0
	  16: JSGTImm dst: r1 off: -1 imm: 0 <sample_pass_1>
sample_refill_2:
	  17: Call FnKtimeGetNs
	  18: LdXMemDW dst: r2 src: r9 off: 8 imm: 0
	  19: JEqImm dst: r2 off: -1 imm: 0 <sample_period_3>
	  20: MovReg dst: r3 src: r0
	  21: SubReg dst: r3 src: r2
	  22: LdImmDW dst: r4 imm: 1000000000
	  24: JLTReg dst: r3 off: -1 src: r4 <sampled_4>
sample_period_3:
	  25: MovReg dst: r3 src: r0
	  26: MovReg dst: r0 src: r2
	  27: StXAtomicCmpXchgDW dst: r9 src: r3 off: 8
	  28: JNEReg dst: r0 off: -1 src: r2 <sampled_4>
	  29: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  30: Ja off: -1 <sample_pass_1>
sampled_4:
	  31: MovImm dst: r1 imm: 1
	  32: StXAtomicAddDW dst: r9 src: r1 off: 16
	  33: Ja off: -1 <exit>
sample_pass_1:
	  34: Call FnGetSmpProcessorId
	  35: MovReg dst: r1 src: r0
	  36: StXMemW dst: rfp src: r1 off: -8 imm: 0
	  37: LoadMapPtr dst: r1 fd: 3
	  39: MovReg dst: r2 src: rfp
	  40: AddImm dst: r2 imm: -8
	  41: Call FnMapLookupElem
	  42: JEqImm dst: r0 off: -1 imm: 0 <exit>
	  43: MovReg dst: r8 src: r0
	  44: MovReg dst: r7 src: r0
	  45: AddImm dst: r7 imm: 49664
	  46: LdXMemW dst: r1 src: r8 off: 0 imm: 0
	  47: JNEImm dst: r1 off: -1 imm: 0 <drop_unowned>
	  48: StMemW dst: r8 src: r0 off: 0 imm: 1
	  49: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	  50: AddImm dst: r1 imm: 1
	  51: StXMemW dst: r8 src: r1 off: 4 imm: 0
	  52: StMemW dst: r8 src: r0 off: 8 imm: 368
	  53: StMemW dst: r8 src: r0 off: 80 imm: 368
	  54: StMemW dst: r8 src: r0 off: 12 imm: 2
	  55: StMemW dst: r8 src: r0 off: 16 imm: 0
	  56: StMemW dst: r8 src: r0 off: 20 imm: 0
	  57: StMemW dst: r8 src: r0 off: 24 imm: 1
	  58: StMemW dst: r8 src: r0 off: 28 imm: 0
	  59: StMemH dst: r7 src: r0 off: 4 imm: 2
	  60: StMemH dst: r7 src: r0 off: 6 imm: 0
	  61: StMemB dst: r7 src: r0 off: 8 imm: 0
	  62: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  63: MovReg dst: r1 src: r8
	  64: AddImm dst: r1 imm: 128
	  65: MovImm dst: r2 imm: 152
	  66: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  67: AddImm dst: r3 imm: 8
	  68: Call FnProbeReadUser
	  69: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  70: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  71: Call FnKtimeGetNs
	  72: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  73: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  74: JEqImm dst: r1 off: -1 imm: 0 <call_done>
	  75: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  76: SubReg dst: r1 src: r2
	  77: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  78: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  79: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  80: StMemW dst: rfp src: r0 off: -20 imm: 2
	  81: LdXMemDW dst: r1 src: r7 off: 24 imm: 0
	  82: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	  83: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  84: LoadMapPtr dst: r1 fd: 6
	  86: MovReg dst: r2 src: rfp
	  87: AddImm dst: r2 imm: -32
	  88: MovReg dst: r3 src: rfp
	  89: AddImm dst: r3 imm: -40
	  90: MovImm dst: r4 imm: 0
	  91: Call FnMapUpdateElem
call_done:
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
	 114: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 115: MovReg dst: r2 src: r1
	 116: AddImm dst: r2 imm: 16
	 117: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 118: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 119: AddReg dst: r1 src: r8
	 120: AddImm dst: r1 imm: 180992
	 121: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 122: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 123: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 124: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 125: Ja off: -1 <frame_got_6>
frame_read_5:
	 126: MovReg dst: r1 src: r8
	 127: AddImm dst: r1 imm: 64
	 128: MovImm dst: r2 imm: 16
	 129: MovReg dst: r3 src: r9
	 130: Call FnProbeReadUser
	 131: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 132: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 133: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 134: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 135: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 136: StMemH dst: r7 src: r0 off: 10 imm: 2
	 137: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 138: MovReg dst: r1 src: r9
	 139: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 140: SubReg dst: r1 src: r2
	 141: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 142: MovReg dst: r2 src: r1
	 143: AddImm dst: r2 imm: 16
	 144: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 145: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 146: AddReg dst: r1 src: r8
	 147: AddImm dst: r1 imm: 180992
	 148: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 149: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 150: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 151: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 152: Ja off: -1 <frame_got_8>
frame_read_7:
	 153: MovReg dst: r1 src: r8
	 154: AddImm dst: r1 imm: 64
	 155: MovImm dst: r2 imm: 16
	 156: MovReg dst: r3 src: r9
	 157: Call FnProbeReadUser
	 158: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
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
	 170: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 171: MovReg dst: r2 src: r1
	 172: AddImm dst: r2 imm: 16
	 173: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 174: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 175: AddReg dst: r1 src: r8
	 176: AddImm dst: r1 imm: 180992
	 177: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 178: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 179: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 180: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 181: Ja off: -1 <frame_got_10>
frame_read_9:
	 182: MovReg dst: r1 src: r8
	 183: AddImm dst: r1 imm: 64
	 184: MovImm dst: r2 imm: 16
	 185: MovReg dst: r3 src: r9
	 186: Call FnProbeReadUser
	 187: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
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
	 199: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 200: MovReg dst: r2 src: r1
	 201: AddImm dst: r2 imm: 16
	 202: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 203: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 204: AddReg dst: r1 src: r8
	 205: AddImm dst: r1 imm: 180992
	 206: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 207: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 208: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 209: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 210: Ja off: -1 <frame_got_12>
frame_read_11:
	 211: MovReg dst: r1 src: r8
	 212: AddImm dst: r1 imm: 64
	 213: MovImm dst: r2 imm: 16
	 214: MovReg dst: r3 src: r9
	 215: Call FnProbeReadUser
	 216: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
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
	 228: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 229: MovReg dst: r2 src: r1
	 230: AddImm dst: r2 imm: 16
	 231: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 232: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 233: AddReg dst: r1 src: r8
	 234: AddImm dst: r1 imm: 180992
	 235: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 236: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 237: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 238: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 239: Ja off: -1 <frame_got_14>
frame_read_13:
	 240: MovReg dst: r1 src: r8
	 241: AddImm dst: r1 imm: 64
	 242: MovImm dst: r2 imm: 16
	 243: MovReg dst: r3 src: r9
	 244: Call FnProbeReadUser
	 245: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
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
	 257: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 258: MovReg dst: r2 src: r1
	 259: AddImm dst: r2 imm: 16
	 260: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 261: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 262: AddReg dst: r1 src: r8
	 263: AddImm dst: r1 imm: 180992
	 264: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 265: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 266: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 267: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 268: Ja off: -1 <frame_got_16>
frame_read_15:
	 269: MovReg dst: r1 src: r8
	 270: AddImm dst: r1 imm: 64
	 271: MovImm dst: r2 imm: 16
	 272: MovReg dst: r3 src: r9
	 273: Call FnProbeReadUser
	 274: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
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
	 286: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 287: MovReg dst: r2 src: r1
	 288: AddImm dst: r2 imm: 16
	 289: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 290: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 291: AddReg dst: r1 src: r8
	 292: AddImm dst: r1 imm: 180992
	 293: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 294: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 295: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 296: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 297: Ja off: -1 <frame_got_18>
frame_read_17:
	 298: MovReg dst: r1 src: r8
	 299: AddImm dst: r1 imm: 64
	 300: MovImm dst: r2 imm: 16
	 301: MovReg dst: r3 src: r9
	 302: Call FnProbeReadUser
	 303: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
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
	 315: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 316: MovReg dst: r2 src: r1
	 317: AddImm dst: r2 imm: 16
	 318: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 319: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 320: AddReg dst: r1 src: r8
	 321: AddImm dst: r1 imm: 180992
	 322: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 323: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 324: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 325: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 326: Ja off: -1 <frame_got_20>
frame_read_19:
	 327: MovReg dst: r1 src: r8
	 328: AddImm dst: r1 imm: 64
	 329: MovImm dst: r2 imm: 16
	 330: MovReg dst: r3 src: r9
	 331: Call FnProbeReadUser
	 332: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
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
	 344: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 345: MovReg dst: r2 src: r1
	 346: AddImm dst: r2 imm: 16
	 347: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 348: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 349: AddReg dst: r1 src: r8
	 350: AddImm dst: r1 imm: 180992
	 351: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 352: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 353: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 354: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 355: Ja off: -1 <frame_got_22>
frame_read_21:
	 356: MovReg dst: r1 src: r8
	 357: AddImm dst: r1 imm: 64
	 358: MovImm dst: r2 imm: 16
	 359: MovReg dst: r3 src: r9
	 360: Call FnProbeReadUser
	 361: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
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
	 373: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 374: MovReg dst: r2 src: r1
	 375: AddImm dst: r2 imm: 16
	 376: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 377: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 378: AddReg dst: r1 src: r8
	 379: AddImm dst: r1 imm: 180992
	 380: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 381: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 382: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 383: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 384: Ja off: -1 <frame_got_24>
frame_read_23:
	 385: MovReg dst: r1 src: r8
	 386: AddImm dst: r1 imm: 64
	 387: MovImm dst: r2 imm: 16
	 388: MovReg dst: r3 src: r9
	 389: Call FnProbeReadUser
	 390: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
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
	 402: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 403: MovReg dst: r2 src: r1
	 404: AddImm dst: r2 imm: 16
	 405: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 406: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 407: AddReg dst: r1 src: r8
	 408: AddImm dst: r1 imm: 180992
	 409: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 410: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 411: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 412: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 413: Ja off: -1 <frame_got_26>
frame_read_25:
	 414: MovReg dst: r1 src: r8
	 415: AddImm dst: r1 imm: 64
	 416: MovImm dst: r2 imm: 16
	 417: MovReg dst: r3 src: r9
	 418: Call FnProbeReadUser
	 419: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
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
	 431: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 432: MovReg dst: r2 src: r1
	 433: AddImm dst: r2 imm: 16
	 434: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 435: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 436: AddReg dst: r1 src: r8
	 437: AddImm dst: r1 imm: 180992
	 438: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 439: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 440: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 441: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 442: Ja off: -1 <frame_got_28>
frame_read_27:
	 443: MovReg dst: r1 src: r8
	 444: AddImm dst: r1 imm: 64
	 445: MovImm dst: r2 imm: 16
	 446: MovReg dst: r3 src: r9
	 447: Call FnProbeReadUser
	 448: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
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
	 460: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 461: MovReg dst: r2 src: r1
	 462: AddImm dst: r2 imm: 16
	 463: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 464: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 465: AddReg dst: r1 src: r8
	 466: AddImm dst: r1 imm: 180992
	 467: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 468: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 469: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 470: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 471: Ja off: -1 <frame_got_30>
frame_read_29:
	 472: MovReg dst: r1 src: r8
	 473: AddImm dst: r1 imm: 64
	 474: MovImm dst: r2 imm: 16
	 475: MovReg dst: r3 src: r9
	 476: Call FnProbeReadUser
	 477: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
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
	 489: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 490: MovReg dst: r2 src: r1
	 491: AddImm dst: r2 imm: 16
	 492: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 493: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 494: AddReg dst: r1 src: r8
	 495: AddImm dst: r1 imm: 180992
	 496: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 497: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 498: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 499: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 500: Ja off: -1 <frame_got_32>
frame_read_31:
	 501: MovReg dst: r1 src: r8
	 502: AddImm dst: r1 imm: 64
	 503: MovImm dst: r2 imm: 16
	 504: MovReg dst: r3 src: r9
	 505: Call FnProbeReadUser
	 506: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
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
	 518: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 519: MovReg dst: r2 src: r1
	 520: AddImm dst: r2 imm: 16
	 521: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 522: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 523: AddReg dst: r1 src: r8
	 524: AddImm dst: r1 imm: 180992
	 525: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 526: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 527: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 528: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 529: Ja off: -1 <frame_got_34>
frame_read_33:
	 530: MovReg dst: r1 src: r8
	 531: AddImm dst: r1 imm: 64
	 532: MovImm dst: r2 imm: 16
	 533: MovReg dst: r3 src: r9
	 534: Call FnProbeReadUser
	 535: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 536: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 537: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 538: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 539: StMemH dst: r7 src: r0 off: 10 imm: 16
	 540: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 541: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 542: MovReg dst: r9 src: r1
	 543: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 544: MovReg dst: r1 src: r9
	 545: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 546: SubReg dst: r1 src: r2
	 547: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_35>
	 548: MovReg dst: r2 src: r1
	 549: AddImm dst: r2 imm: 16
	 550: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 551: JGTReg dst: r2 off: -1 src: r3 <frame_read_35>
	 552: AddReg dst: r1 src: r8
	 553: AddImm dst: r1 imm: 180992
	 554: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 555: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 556: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 557: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 558: Ja off: -1 <frame_got_36>
frame_read_35:
	 559: MovReg dst: r1 src: r8
	 560: AddImm dst: r1 imm: 64
	 561: MovImm dst: r2 imm: 16
	 562: MovReg dst: r3 src: r9
	 563: Call FnProbeReadUser
	 564: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_36:
	 565: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 566: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 567: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 568: StMemH dst: r7 src: r0 off: 10 imm: 17
	 569: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 570: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 571: MovReg dst: r9 src: r1
	 572: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 573: MovReg dst: r1 src: r9
	 574: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 575: SubReg dst: r1 src: r2
	 576: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_37>
	 577: MovReg dst: r2 src: r1
	 578: AddImm dst: r2 imm: 16
	 579: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 580: JGTReg dst: r2 off: -1 src: r3 <frame_read_37>
	 581: AddReg dst: r1 src: r8
	 582: AddImm dst: r1 imm: 180992
	 583: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 584: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 585: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 586: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 587: Ja off: -1 <frame_got_38>
frame_read_37:
	 588: MovReg dst: r1 src: r8
	 589: AddImm dst: r1 imm: 64
	 590: MovImm dst: r2 imm: 16
	 591: MovReg dst: r3 src: r9
	 592: Call FnProbeReadUser
	 593: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_38:
	 594: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 595: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 596: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 597: StMemH dst: r7 src: r0 off: 10 imm: 18
	 598: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 599: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 600: MovReg dst: r9 src: r1
	 601: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 602: MovReg dst: r1 src: r9
	 603: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 604: SubReg dst: r1 src: r2
	 605: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_39>
	 606: MovReg dst: r2 src: r1
	 607: AddImm dst: r2 imm: 16
	 608: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 609: JGTReg dst: r2 off: -1 src: r3 <frame_read_39>
	 610: AddReg dst: r1 src: r8
	 611: AddImm dst: r1 imm: 180992
	 612: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 613: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 614: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 615: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 616: Ja off: -1 <frame_got_40>
frame_read_39:
	 617: MovReg dst: r1 src: r8
	 618: AddImm dst: r1 imm: 64
	 619: MovImm dst: r2 imm: 16
	 620: MovReg dst: r3 src: r9
	 621: Call FnProbeReadUser
	 622: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_40:
	 623: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 624: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 625: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 626: StMemH dst: r7 src: r0 off: 10 imm: 19
	 627: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 628: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 629: MovReg dst: r9 src: r1
	 630: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 631: MovReg dst: r1 src: r9
	 632: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 633: SubReg dst: r1 src: r2
	 634: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_41>
	 635: MovReg dst: r2 src: r1
	 636: AddImm dst: r2 imm: 16
	 637: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 638: JGTReg dst: r2 off: -1 src: r3 <frame_read_41>
	 639: AddReg dst: r1 src: r8
	 640: AddImm dst: r1 imm: 180992
	 641: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 642: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 643: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 644: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 645: Ja off: -1 <frame_got_42>
frame_read_41:
	 646: MovReg dst: r1 src: r8
	 647: AddImm dst: r1 imm: 64
	 648: MovImm dst: r2 imm: 16
	 649: MovReg dst: r3 src: r9
	 650: Call FnProbeReadUser
	 651: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_42:
	 652: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 653: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 654: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 655: StMemH dst: r7 src: r0 off: 10 imm: 20
	 656: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 657: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 658: MovReg dst: r9 src: r1
	 659: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 660: MovReg dst: r1 src: r9
	 661: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 662: SubReg dst: r1 src: r2
	 663: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_43>
	 664: MovReg dst: r2 src: r1
	 665: AddImm dst: r2 imm: 16
	 666: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 667: JGTReg dst: r2 off: -1 src: r3 <frame_read_43>
	 668: AddReg dst: r1 src: r8
	 669: AddImm dst: r1 imm: 180992
	 670: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 671: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 672: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 673: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 674: Ja off: -1 <frame_got_44>
frame_read_43:
	 675: MovReg dst: r1 src: r8
	 676: AddImm dst: r1 imm: 64
	 677: MovImm dst: r2 imm: 16
	 678: MovReg dst: r3 src: r9
	 679: Call FnProbeReadUser
	 680: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_44:
	 681: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 682: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 683: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 684: StMemH dst: r7 src: r0 off: 10 imm: 21
	 685: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 686: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 687: MovReg dst: r9 src: r1
	 688: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 689: MovReg dst: r1 src: r9
	 690: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 691: SubReg dst: r1 src: r2
	 692: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_45>
	 693: MovReg dst: r2 src: r1
	 694: AddImm dst: r2 imm: 16
	 695: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 696: JGTReg dst: r2 off: -1 src: r3 <frame_read_45>
	 697: AddReg dst: r1 src: r8
	 698: AddImm dst: r1 imm: 180992
	 699: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 700: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 701: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 702: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 703: Ja off: -1 <frame_got_46>
frame_read_45:
	 704: MovReg dst: r1 src: r8
	 705: AddImm dst: r1 imm: 64
	 706: MovImm dst: r2 imm: 16
	 707: MovReg dst: r3 src: r9
	 708: Call FnProbeReadUser
	 709: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_46:
	 710: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 711: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 712: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 713: StMemH dst: r7 src: r0 off: 10 imm: 22
	 714: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 715: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 716: MovReg dst: r9 src: r1
	 717: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 718: MovReg dst: r1 src: r9
	 719: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 720: SubReg dst: r1 src: r2
	 721: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_47>
	 722: MovReg dst: r2 src: r1
	 723: AddImm dst: r2 imm: 16
	 724: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 725: JGTReg dst: r2 off: -1 src: r3 <frame_read_47>
	 726: AddReg dst: r1 src: r8
	 727: AddImm dst: r1 imm: 180992
	 728: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 729: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 730: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 731: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 732: Ja off: -1 <frame_got_48>
frame_read_47:
	 733: MovReg dst: r1 src: r8
	 734: AddImm dst: r1 imm: 64
	 735: MovImm dst: r2 imm: 16
	 736: MovReg dst: r3 src: r9
	 737: Call FnProbeReadUser
	 738: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_48:
	 739: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 740: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 741: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 742: StMemH dst: r7 src: r0 off: 10 imm: 23
	 743: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 744: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 745: MovReg dst: r9 src: r1
	 746: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 747: MovReg dst: r1 src: r9
	 748: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 749: SubReg dst: r1 src: r2
	 750: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_49>
	 751: MovReg dst: r2 src: r1
	 752: AddImm dst: r2 imm: 16
	 753: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 754: JGTReg dst: r2 off: -1 src: r3 <frame_read_49>
	 755: AddReg dst: r1 src: r8
	 756: AddImm dst: r1 imm: 180992
	 757: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 758: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 759: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 760: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 761: Ja off: -1 <frame_got_50>
frame_read_49:
	 762: MovReg dst: r1 src: r8
	 763: AddImm dst: r1 imm: 64
	 764: MovImm dst: r2 imm: 16
	 765: MovReg dst: r3 src: r9
	 766: Call FnProbeReadUser
	 767: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_50:
	 768: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 769: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 770: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 771: StMemH dst: r7 src: r0 off: 10 imm: 24
	 772: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 773: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 774: MovReg dst: r9 src: r1
	 775: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 776: MovReg dst: r1 src: r9
	 777: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 778: SubReg dst: r1 src: r2
	 779: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_51>
	 780: MovReg dst: r2 src: r1
	 781: AddImm dst: r2 imm: 16
	 782: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 783: JGTReg dst: r2 off: -1 src: r3 <frame_read_51>
	 784: AddReg dst: r1 src: r8
	 785: AddImm dst: r1 imm: 180992
	 786: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 787: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 788: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 789: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 790: Ja off: -1 <frame_got_52>
frame_read_51:
	 791: MovReg dst: r1 src: r8
	 792: AddImm dst: r1 imm: 64
	 793: MovImm dst: r2 imm: 16
	 794: MovReg dst: r3 src: r9
	 795: Call FnProbeReadUser
	 796: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_52:
	 797: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 798: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 799: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 800: StMemH dst: r7 src: r0 off: 10 imm: 25
	 801: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 802: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 803: MovReg dst: r9 src: r1
	 804: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 805: MovReg dst: r1 src: r9
	 806: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 807: SubReg dst: r1 src: r2
	 808: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_53>
	 809: MovReg dst: r2 src: r1
	 810: AddImm dst: r2 imm: 16
	 811: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 812: JGTReg dst: r2 off: -1 src: r3 <frame_read_53>
	 813: AddReg dst: r1 src: r8
	 814: AddImm dst: r1 imm: 180992
	 815: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 816: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 817: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 818: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 819: Ja off: -1 <frame_got_54>
frame_read_53:
	 820: MovReg dst: r1 src: r8
	 821: AddImm dst: r1 imm: 64
	 822: MovImm dst: r2 imm: 16
	 823: MovReg dst: r3 src: r9
	 824: Call FnProbeReadUser
	 825: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_54:
	 826: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 827: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 828: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 829: StMemH dst: r7 src: r0 off: 10 imm: 26
	 830: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 831: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 832: MovReg dst: r9 src: r1
	 833: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 834: MovReg dst: r1 src: r9
	 835: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 836: SubReg dst: r1 src: r2
	 837: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_55>
	 838: MovReg dst: r2 src: r1
	 839: AddImm dst: r2 imm: 16
	 840: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 841: JGTReg dst: r2 off: -1 src: r3 <frame_read_55>
	 842: AddReg dst: r1 src: r8
	 843: AddImm dst: r1 imm: 180992
	 844: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 845: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 846: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 847: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 848: Ja off: -1 <frame_got_56>
frame_read_55:
	 849: MovReg dst: r1 src: r8
	 850: AddImm dst: r1 imm: 64
	 851: MovImm dst: r2 imm: 16
	 852: MovReg dst: r3 src: r9
	 853: Call FnProbeReadUser
	 854: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_56:
	 855: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 856: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 857: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 858: StMemH dst: r7 src: r0 off: 10 imm: 27
	 859: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 860: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 861: MovReg dst: r9 src: r1
	 862: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 863: MovReg dst: r1 src: r9
	 864: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 865: SubReg dst: r1 src: r2
	 866: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_57>
	 867: MovReg dst: r2 src: r1
	 868: AddImm dst: r2 imm: 16
	 869: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 870: JGTReg dst: r2 off: -1 src: r3 <frame_read_57>
	 871: AddReg dst: r1 src: r8
	 872: AddImm dst: r1 imm: 180992
	 873: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 874: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 875: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 876: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 877: Ja off: -1 <frame_got_58>
frame_read_57:
	 878: MovReg dst: r1 src: r8
	 879: AddImm dst: r1 imm: 64
	 880: MovImm dst: r2 imm: 16
	 881: MovReg dst: r3 src: r9
	 882: Call FnProbeReadUser
	 883: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_58:
	 884: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 885: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 886: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 887: StMemH dst: r7 src: r0 off: 10 imm: 28
	 888: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 889: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 890: MovReg dst: r9 src: r1
	 891: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 892: MovReg dst: r1 src: r9
	 893: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 894: SubReg dst: r1 src: r2
	 895: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_59>
	 896: MovReg dst: r2 src: r1
	 897: AddImm dst: r2 imm: 16
	 898: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 899: JGTReg dst: r2 off: -1 src: r3 <frame_read_59>
	 900: AddReg dst: r1 src: r8
	 901: AddImm dst: r1 imm: 180992
	 902: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 903: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 904: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 905: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 906: Ja off: -1 <frame_got_60>
frame_read_59:
	 907: MovReg dst: r1 src: r8
	 908: AddImm dst: r1 imm: 64
	 909: MovImm dst: r2 imm: 16
	 910: MovReg dst: r3 src: r9
	 911: Call FnProbeReadUser
	 912: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_60:
	 913: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 914: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 915: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 916: StMemH dst: r7 src: r0 off: 10 imm: 29
	 917: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 918: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 919: MovReg dst: r9 src: r1
	 920: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 921: MovReg dst: r1 src: r9
	 922: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 923: SubReg dst: r1 src: r2
	 924: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_61>
	 925: MovReg dst: r2 src: r1
	 926: AddImm dst: r2 imm: 16
	 927: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 928: JGTReg dst: r2 off: -1 src: r3 <frame_read_61>
	 929: AddReg dst: r1 src: r8
	 930: AddImm dst: r1 imm: 180992
	 931: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 932: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 933: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 934: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 935: Ja off: -1 <frame_got_62>
frame_read_61:
	 936: MovReg dst: r1 src: r8
	 937: AddImm dst: r1 imm: 64
	 938: MovImm dst: r2 imm: 16
	 939: MovReg dst: r3 src: r9
	 940: Call FnProbeReadUser
	 941: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_62:
	 942: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 943: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 944: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 945: StMemH dst: r7 src: r0 off: 10 imm: 30
	 946: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 947: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 948: MovReg dst: r9 src: r1
	 949: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 950: MovReg dst: r1 src: r9
	 951: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 952: SubReg dst: r1 src: r2
	 953: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_63>
	 954: MovReg dst: r2 src: r1
	 955: AddImm dst: r2 imm: 16
	 956: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 957: JGTReg dst: r2 off: -1 src: r3 <frame_read_63>
	 958: AddReg dst: r1 src: r8
	 959: AddImm dst: r1 imm: 180992
	 960: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 961: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 962: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 963: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 964: Ja off: -1 <frame_got_64>
frame_read_63:
	 965: MovReg dst: r1 src: r8
	 966: AddImm dst: r1 imm: 64
	 967: MovImm dst: r2 imm: 16
	 968: MovReg dst: r3 src: r9
	 969: Call FnProbeReadUser
	 970: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_64:
	 971: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 972: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 973: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 974: StMemH dst: r7 src: r0 off: 10 imm: 31
	 975: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 976: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 977: MovReg dst: r9 src: r1
	 978: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 979: MovReg dst: r1 src: r9
	 980: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 981: SubReg dst: r1 src: r2
	 982: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_65>
	 983: MovReg dst: r2 src: r1
	 984: AddImm dst: r2 imm: 16
	 985: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 986: JGTReg dst: r2 off: -1 src: r3 <frame_read_65>
	 987: AddReg dst: r1 src: r8
	 988: AddImm dst: r1 imm: 180992
	 989: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 990: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 991: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 992: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 993: Ja off: -1 <frame_got_66>
frame_read_65:
	 994: MovReg dst: r1 src: r8
	 995: AddImm dst: r1 imm: 64
	 996: MovImm dst: r2 imm: 16
	 997: MovReg dst: r3 src: r9
	 998: Call FnProbeReadUser
	 999: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_66:
	1000: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	1001: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	1002: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	1003: StMemH dst: r7 src: r0 off: 10 imm: 32
	1004: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	1005: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	1006: MovReg dst: r9 src: r1
	1007: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	1008: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1009: OrImm dst: r1 imm: 2
	1010: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	1011: MovReg dst: r9 src: r7
	1012: AddImm dst: r9 imm: 296
	1013: StMemW dst: r9 src: r0 off: 0 imm: 1
	1014: StMemDW dst: r9 src: r0 off: 8 imm: 0
	1015: StMemW dst: r9 src: r0 off: 4 imm: 0
	1016: StMemW dst: r9 src: r0 off: 16 imm: 8
	1017: StMemW dst: r9 src: r0 off: 20 imm: 8
	1018: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	1019: MovReg dst: r1 src: r9
	1020: AddImm dst: r1 imm: 24
	1021: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	1022: MovReg dst: r9 src: r7
	1023: AddImm dst: r9 imm: 328
	1024: StMemW dst: r9 src: r0 off: 0 imm: 3
	1025: StMemDW dst: r9 src: r0 off: 8 imm: 0
	1026: StMemW dst: r9 src: r0 off: 4 imm: 0
	1027: StMemW dst: r9 src: r0 off: 16 imm: 16
	1028: StMemW dst: r9 src: r0 off: 20 imm: 16
	1029: LdXMemDW dst: r2 src: r6 off: 40 imm: 0
	1030: MovReg dst: r1 src: r9
	1031: AddImm dst: r1 imm: 24
	1032: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	1033: LdXMemDW dst: r2 src: r6 off: 88 imm: 0
	1034: MovReg dst: r1 src: r9
	1035: AddImm dst: r1 imm: 32
	1036: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	1037: StMemDW dst: r8 src: r0 off: 512 imm: 352
	1038: StMemW dst: r8 src: r0 off: 520 imm: 3
	1039: StMemW dst: r8 src: r0 off: 524 imm: 1
	1040: StMemW dst: r8 src: r0 off: 528 imm: 0
	1041: StMemW dst: r8 src: r0 off: 532 imm: 1
	1042: StMemW dst: r8 src: r0 off: 536 imm: 0
	1043: StMemW dst: r8 src: r0 off: 540 imm: 368
	1044: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	1045: MovImm dst: r1 imm: 16384
	1046: LdImmDW dst: r2 imm: -1 <step>
	1048: MovReg dst: r3 src: rfp
	1049: AddImm dst: r3 imm: -48
	1050: MovImm dst: r4 imm: 0
	1051: Call FnLoop
	1052: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	1053: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	1054: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1055: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1056: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	1057: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1058: OrImm dst: r1 imm: 1
	1059: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	1060: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1061: StXMemW dst: r7 src: r3 off: 0 imm: 0
	1062: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	1063: StXMemW dst: r7 src: r1 off: 12 imm: 0
	1064: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1065: StXMemB dst: r7 src: r1 off: 9 imm: 0
	1066: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	1067: MovImm dst: r4 imm: 1
	1068: AndImm dst: r1 imm: 15
	1069: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	1070: LoadMapPtr dst: r1 fd: 7
	1072: MovImm dst: r2 imm: 0
	1073: Call FnRingbufQuery
	1074: MovImm dst: r4 imm: 1
	1075: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	1076: MovImm dst: r4 imm: 2
wake_chosen:
	1077: LoadMapPtr dst: r1 fd: 7
	1079: MovReg dst: r2 src: r7
	1080: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1081: AndImm dst: r3 imm: 65535
	1082: Call FnRingbufOutput
	1083: StMemW dst: r8 src: r0 off: 0 imm: 0
	1084: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1085: MovImm dst: r1 imm: 2
	1086: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1087: LoadMapPtr dst: r1 fd: 8
	1089: MovReg dst: r2 src: rfp
	1090: AddImm dst: r2 imm: -8
	1091: Call FnMapLookupElem
	1092: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1093: MovImm dst: r1 imm: 1
	1094: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1095: MovImm dst: r0 imm: 0
	1096: Exit
step:
	1097: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	1098: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1099: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	1100: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	1101: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1102: LoadMapPtr dst: r1 fd: 4
	1104: MovReg dst: r2 src: rfp
	1105: AddImm dst: r2 imm: -8
	1106: Call FnMapLookupElem
	1107: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	1108: MovReg dst: r7 src: r0
	1109: MovImm dst: r5 imm: 0
scan_next:
	1110: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	1111: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1112: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	1113: MovReg dst: r8 src: r1
	1114: AndImm dst: r8 imm: 63
	1115: LShImm dst: r8 imm: 4
	1116: AddReg dst: r8 src: r7
	1117: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	1118: AndImm dst: r9 imm: 65535
	1119: AddImm dst: r1 imm: 1
	1120: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	1121: StXMemW dst: r6 src: r1 off: 44 imm: 0
	1122: Ja off: -1 <slot_ready>
last_slot:
	1123: StMemW dst: r6 src: r0 off: 44 imm: 0
	1124: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	1125: SubImm dst: r1 imm: 1
	1126: StXMemW dst: r6 src: r1 off: 40 imm: 0
	1127: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1128: AddReg dst: r2 src: r9
	1129: StXMemW dst: r6 src: r2 off: 32 imm: 0
	1130: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	1131: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	1132: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	1133: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	1134: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	1135: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	1136: AddReg dst: r2 src: r3
	1137: AddReg dst: r2 src: r9
	1138: AndImm dst: r2 imm: 65535
	1139: AddReg dst: r2 src: r6
	1140: AddImm dst: r2 imm: 49664
	1141: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	1142: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	1143: AndImm dst: r2 imm: 128
	1144: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	1145: Ja off: -1 <cond_ok>
cond_tophash:
	1146: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	1147: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	1148: AddReg dst: r1 src: r9
	1149: AndImm dst: r1 imm: 65535
	1150: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	1151: MovReg dst: r2 src: r3
	1152: SubImm dst: r2 imm: 2
	1153: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	1154: MovReg dst: r2 src: r1
	1155: AddImm dst: r2 imm: 16
	1156: Ja off: -1 <slot_width>
one_word:
	1157: MovReg dst: r2 src: r1
	1158: AddImm dst: r2 imm: 8
slot_width:
	1159: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	1160: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	1161: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1162: MovReg dst: r2 src: r1
	1163: AndImm dst: r2 imm: 65535
	1164: AddReg dst: r2 src: r6
	1165: AddImm dst: r2 imm: 49664
	1166: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1167: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	1168: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1169: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1170: AddImm dst: r5 imm: 1
	1171: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	1172: Ja off: -1 <ret0>
slot_dispatch:
	1173: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	1174: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	1175: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	1176: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	1177: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1178: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	1179: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	1180: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	1181: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	1182: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	1183: Ja off: -1 <ret0>
s_pointer:
	1184: Ja off: -1 <s_map>
s_map:
	1185: MovReg dst: r2 src: r1
	1186: AndImm dst: r2 imm: 65535
	1187: AddReg dst: r2 src: r6
	1188: AddImm dst: r2 imm: 49664
	1189: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1190: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1191: MovImm dst: r3 imm: 1
	1192: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	1193: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1194: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	1195: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	1196: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1197: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1198: AddReg dst: r4 src: r0
	1199: JGTImm dst: r4 off: -1 imm: 3 <pushed_67>
	1200: JEqImm dst: r1 off: -1 imm: 0 <pushed_67>
	1201: JEqImm dst: r3 off: -1 imm: 0 <pushed_67>
	1202: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1203: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1204: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1205: NegImm dst: r1 imm: 0
	1206: AddReg dst: r1 src: r0
	1207: JLTImm dst: r1 off: -1 imm: 512 <push_ok_68>
	1208: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1209: OrImm dst: r1 imm: 1
	1210: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1211: Ja off: -1 <pushed_67>
push_ok_68:
	1212: MovReg dst: r1 src: r0
	1213: AddImm dst: r1 imm: 1
	1214: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1215: AndImm dst: r0 imm: 511
	1216: LShImm dst: r0 imm: 5
	1217: AddReg dst: r0 src: r6
	1218: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1219: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1220: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1221: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1222: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1223: StMemW dst: r0 src: r0 off: 532 imm: 0
	1224: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_67:
	1225: Ja off: -1 <ret0>
s_string:
	1226: MovReg dst: r3 src: r1
	1227: AndImm dst: r3 imm: 65535
	1228: AddReg dst: r3 src: r6
	1229: AddImm dst: r3 imm: 49664
	1230: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	1231: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	1232: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	1233: MovImm dst: r4 imm: 255
str_capped:
	1234: MovReg dst: r1 src: r6
	1235: MovImm dst: r3 imm: 2
	1236: MovImm dst: r5 imm: 1
	1237: Call -1 <read_item>
	1238: Ja off: -1 <ret0>
s_slice:
	1239: MovReg dst: r2 src: r1
	1240: AndImm dst: r2 imm: 65535
	1241: AddReg dst: r2 src: r6
	1242: AddImm dst: r2 imm: 49664
	1243: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1244: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	1245: JLEImm dst: r3 off: -1 imm: 100 <cap_69>
	1246: MovImm dst: r3 imm: 100
cap_69:
	1247: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1248: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1249: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1250: AddReg dst: r4 src: r0
	1251: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1252: JGTImm dst: r4 off: -1 imm: 3 <pushed_70>
	1253: JEqImm dst: r1 off: -1 imm: 0 <pushed_70>
	1254: JEqImm dst: r3 off: -1 imm: 0 <pushed_70>
	1255: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1256: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1257: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1258: NegImm dst: r1 imm: 0
	1259: AddReg dst: r1 src: r0
	1260: JLTImm dst: r1 off: -1 imm: 512 <push_ok_71>
	1261: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1262: OrImm dst: r1 imm: 1
	1263: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1264: Ja off: -1 <pushed_70>
push_ok_71:
	1265: MovReg dst: r1 src: r0
	1266: AddImm dst: r1 imm: 1
	1267: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1268: AndImm dst: r0 imm: 511
	1269: LShImm dst: r0 imm: 5
	1270: AddReg dst: r0 src: r6
	1271: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1272: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1273: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1274: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1275: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1276: StMemW dst: r0 src: r0 off: 532 imm: 0
	1277: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_70:
	1278: Ja off: -1 <ret0>
s_inline:
	1279: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1280: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	1281: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1282: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1283: JEqImm dst: r3 off: -1 imm: 0 <pushed_72>
	1284: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1285: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1286: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1287: NegImm dst: r1 imm: 0
	1288: AddReg dst: r1 src: r0
	1289: JLTImm dst: r1 off: -1 imm: 512 <push_ok_73>
	1290: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1291: OrImm dst: r1 imm: 1
	1292: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1293: Ja off: -1 <pushed_72>
push_ok_73:
	1294: MovReg dst: r1 src: r0
	1295: AddImm dst: r1 imm: 1
	1296: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1297: AndImm dst: r0 imm: 511
	1298: LShImm dst: r0 imm: 5
	1299: AddReg dst: r0 src: r6
	1300: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1301: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1302: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1303: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1304: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1305: StMemW dst: r0 src: r0 off: 532 imm: 1
	1306: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1307: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1308: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_72:
	1309: Ja off: -1 <ret0>
s_swiss_dir:
	1310: MovReg dst: r8 src: r1
	1311: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1312: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1313: LoadMapPtr dst: r1 fd: 4
	1315: MovReg dst: r2 src: rfp
	1316: AddImm dst: r2 imm: -8
	1317: Call FnMapLookupElem
	1318: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1319: MovReg dst: r7 src: r0
	1320: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	1321: AddReg dst: r3 src: r9
	1322: AndImm dst: r3 imm: 65535
	1323: AddReg dst: r3 src: r6
	1324: AddImm dst: r3 imm: 49664
	1325: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1326: MovReg dst: r1 src: r8
	1327: AndImm dst: r1 imm: 65535
	1328: AddReg dst: r1 src: r6
	1329: AddImm dst: r1 imm: 49664
	1330: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1331: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1332: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1333: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	1334: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1335: MovImm dst: r3 imm: 1
	1336: JGTImm dst: r4 off: -1 imm: 3 <pushed_74>
	1337: JEqImm dst: r1 off: -1 imm: 0 <pushed_74>
	1338: JEqImm dst: r3 off: -1 imm: 0 <pushed_74>
	1339: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1340: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1341: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1342: NegImm dst: r1 imm: 0
	1343: AddReg dst: r1 src: r0
	1344: JLTImm dst: r1 off: -1 imm: 512 <push_ok_75>
	1345: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1346: OrImm dst: r1 imm: 1
	1347: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1348: Ja off: -1 <pushed_74>
push_ok_75:
	1349: MovReg dst: r1 src: r0
	1350: AddImm dst: r1 imm: 1
	1351: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1352: AndImm dst: r0 imm: 511
	1353: LShImm dst: r0 imm: 5
	1354: AddReg dst: r0 src: r6
	1355: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1356: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1357: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1358: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1359: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1360: StMemW dst: r0 src: r0 off: 532 imm: 0
	1361: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_74:
	1362: Ja off: -1 <ret0>
swiss_tables:
	1363: JLEImm dst: r3 off: -1 imm: 65535 <cap_76>
	1364: MovImm dst: r3 imm: 65535
cap_76:
	1365: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	1366: JGTImm dst: r4 off: -1 imm: 3 <pushed_77>
	1367: JEqImm dst: r1 off: -1 imm: 0 <pushed_77>
	1368: JEqImm dst: r3 off: -1 imm: 0 <pushed_77>
	1369: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1370: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1371: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1372: NegImm dst: r1 imm: 0
	1373: AddReg dst: r1 src: r0
	1374: JLTImm dst: r1 off: -1 imm: 512 <push_ok_78>
	1375: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1376: OrImm dst: r1 imm: 1
	1377: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1378: Ja off: -1 <pushed_77>
push_ok_78:
	1379: MovReg dst: r1 src: r0
	1380: AddImm dst: r1 imm: 1
	1381: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1382: AndImm dst: r0 imm: 511
	1383: LShImm dst: r0 imm: 5
	1384: AddReg dst: r0 src: r6
	1385: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1386: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1387: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1388: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1389: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1390: StMemW dst: r0 src: r0 off: 532 imm: 0
	1391: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_77:
	1392: Ja off: -1 <ret0>
s_swiss_groups:
	1393: MovReg dst: r8 src: r1
	1394: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1395: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1396: LoadMapPtr dst: r1 fd: 4
	1398: MovReg dst: r2 src: rfp
	1399: AddImm dst: r2 imm: -8
	1400: Call FnMapLookupElem
	1401: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1402: MovReg dst: r7 src: r0
	1403: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	1404: AddReg dst: r3 src: r9
	1405: AndImm dst: r3 imm: 65535
	1406: AddReg dst: r3 src: r6
	1407: AddImm dst: r3 imm: 49664
	1408: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1409: JLEImm dst: r3 off: -1 imm: 65534 <cap_79>
	1410: MovImm dst: r3 imm: 65534
cap_79:
	1411: AddImm dst: r3 imm: 1
	1412: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	1413: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	1414: AddReg dst: r2 src: r9
	1415: AndImm dst: r2 imm: 65535
	1416: AddReg dst: r2 src: r6
	1417: AddImm dst: r2 imm: 49664
	1418: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	1419: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1420: MovReg dst: r0 src: r3
	1421: MulImm dst: r0 imm: 200
	1422: AddReg dst: r0 src: r2
	1423: SubImm dst: r0 imm: 1
	1424: DivReg dst: r0 src: r2
	1425: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	1426: MovReg dst: r3 src: r0
groups_counted:
	1427: MovReg dst: r1 src: r8
	1428: AndImm dst: r1 imm: 65535
	1429: AddReg dst: r1 src: r6
	1430: AddImm dst: r1 imm: 49664
	1431: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1432: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1433: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1434: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1435: JGTImm dst: r4 off: -1 imm: 3 <pushed_80>
	1436: JEqImm dst: r1 off: -1 imm: 0 <pushed_80>
	1437: JEqImm dst: r3 off: -1 imm: 0 <pushed_80>
	1438: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1439: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1440: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1441: NegImm dst: r1 imm: 0
	1442: AddReg dst: r1 src: r0
	1443: JLTImm dst: r1 off: -1 imm: 512 <push_ok_81>
	1444: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1445: OrImm dst: r1 imm: 1
	1446: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1447: Ja off: -1 <pushed_80>
push_ok_81:
	1448: MovReg dst: r1 src: r0
	1449: AddImm dst: r1 imm: 1
	1450: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1451: AndImm dst: r0 imm: 511
	1452: LShImm dst: r0 imm: 5
	1453: AddReg dst: r0 src: r6
	1454: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1455: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1456: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1457: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1458: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1459: StMemW dst: r0 src: r0 off: 532 imm: 0
	1460: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_80:
	1461: Ja off: -1 <ret0>
s_hmap_buckets:
	1462: MovReg dst: r8 src: r1
	1463: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1464: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1465: LoadMapPtr dst: r1 fd: 4
	1467: MovReg dst: r2 src: rfp
	1468: AddImm dst: r2 imm: -8
	1469: Call FnMapLookupElem
	1470: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1471: MovReg dst: r7 src: r0
	1472: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1473: AddReg dst: r0 src: r9
	1474: AndImm dst: r0 imm: 65535
	1475: AddReg dst: r0 src: r6
	1476: AddImm dst: r0 imm: 49664
	1477: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1478: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1479: MovImm dst: r0 imm: 16
hmap_b:
	1480: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1481: MovImm dst: r3 imm: 1
	1482: LShReg dst: r3 src: r0
	1483: MovReg dst: r1 src: r8
	1484: AndImm dst: r1 imm: 65535
	1485: AddReg dst: r1 src: r6
	1486: AddImm dst: r1 imm: 49664
	1487: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1488: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1489: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1490: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1491: JGTImm dst: r4 off: -1 imm: 3 <pushed_82>
	1492: JEqImm dst: r1 off: -1 imm: 0 <pushed_82>
	1493: JEqImm dst: r3 off: -1 imm: 0 <pushed_82>
	1494: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1495: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1496: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1497: NegImm dst: r1 imm: 0
	1498: AddReg dst: r1 src: r0
	1499: JLTImm dst: r1 off: -1 imm: 512 <push_ok_83>
	1500: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1501: OrImm dst: r1 imm: 1
	1502: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1503: Ja off: -1 <pushed_82>
push_ok_83:
	1504: MovReg dst: r1 src: r0
	1505: AddImm dst: r1 imm: 1
	1506: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1507: AndImm dst: r0 imm: 511
	1508: LShImm dst: r0 imm: 5
	1509: AddReg dst: r0 src: r6
	1510: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1511: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1512: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1513: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1514: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1515: StMemW dst: r0 src: r0 off: 532 imm: 0
	1516: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_82:
	1517: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1518: AddReg dst: r1 src: r9
	1519: AndImm dst: r1 imm: 65535
	1520: AddReg dst: r1 src: r6
	1521: AddImm dst: r1 imm: 49664
	1522: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1523: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1524: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1525: SubImm dst: r0 imm: 1
	1526: MovImm dst: r3 imm: 1
	1527: LShReg dst: r3 src: r0
	1528: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1529: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1530: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1531: JGTImm dst: r4 off: -1 imm: 3 <pushed_84>
	1532: JEqImm dst: r1 off: -1 imm: 0 <pushed_84>
	1533: JEqImm dst: r3 off: -1 imm: 0 <pushed_84>
	1534: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1535: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1536: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1537: NegImm dst: r1 imm: 0
	1538: AddReg dst: r1 src: r0
	1539: JLTImm dst: r1 off: -1 imm: 512 <push_ok_85>
	1540: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1541: OrImm dst: r1 imm: 1
	1542: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1543: Ja off: -1 <pushed_84>
push_ok_85:
	1544: MovReg dst: r1 src: r0
	1545: AddImm dst: r1 imm: 1
	1546: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1547: AndImm dst: r0 imm: 511
	1548: LShImm dst: r0 imm: 5
	1549: AddReg dst: r0 src: r6
	1550: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1551: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1552: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1553: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1554: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1555: StMemW dst: r0 src: r0 off: 532 imm: 0
	1556: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_84:
	1557: Ja off: -1 <ret0>
s_iface:
	1558: MovReg dst: r9 src: r1
	1559: MovReg dst: r2 src: r1
	1560: AndImm dst: r2 imm: 65535
	1561: AddReg dst: r2 src: r6
	1562: AddImm dst: r2 imm: 49664
	1563: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1564: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1565: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1566: MovReg dst: r1 src: r6
	1567: MovImm dst: r3 imm: 20
	1568: MovImm dst: r4 imm: 1
	1569: MovImm dst: r5 imm: 0
	1570: Call -1 <read_item>
	1571: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1572: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1573: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1574: MovReg dst: r1 src: r0
	1575: AndImm dst: r1 imm: 65535
	1576: AddReg dst: r1 src: r6
	1577: AddImm dst: r1 imm: 49664
	1578: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1579: Ja off: -1 <iface_type>
itab_reread:
	1580: MovReg dst: r1 src: rfp
	1581: AddImm dst: r1 imm: -8
	1582: MovImm dst: r2 imm: 8
	1583: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1584: AddImm dst: r3 imm: 8
	1585: Call FnProbeReadUser
	1586: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1587: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1588: Ja off: -1 <iface_type>
s_eface:
	1589: MovReg dst: r9 src: r1
	1590: MovReg dst: r2 src: r1
	1591: AndImm dst: r2 imm: 65535
	1592: AddReg dst: r2 src: r6
	1593: AddImm dst: r2 imm: 49664
	1594: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1595: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1596: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1597: LoadMapPtr dst: r1 fd: 5
	1599: MovReg dst: r2 src: rfp
	1600: AddImm dst: r2 imm: -8
	1601: Call FnMapLookupElem
	1602: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1603: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1604: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1605: MovImm dst: r3 imm: 1
	1606: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1607: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1608: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1609: MovReg dst: r1 src: r9
	1610: AndImm dst: r1 imm: 65535
	1611: AddReg dst: r1 src: r6
	1612: AddImm dst: r1 imm: 49664
	1613: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1614: AddImm dst: r4 imm: 1
	1615: JGTImm dst: r4 off: -1 imm: 3 <pushed_86>
	1616: JEqImm dst: r1 off: -1 imm: 0 <pushed_86>
	1617: JEqImm dst: r3 off: -1 imm: 0 <pushed_86>
	1618: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1619: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1620: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1621: NegImm dst: r1 imm: 0
	1622: AddReg dst: r1 src: r0
	1623: JLTImm dst: r1 off: -1 imm: 512 <push_ok_87>
	1624: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1625: OrImm dst: r1 imm: 1
	1626: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1627: Ja off: -1 <pushed_86>
push_ok_87:
	1628: MovReg dst: r1 src: r0
	1629: AddImm dst: r1 imm: 1
	1630: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1631: AndImm dst: r0 imm: 511
	1632: LShImm dst: r0 imm: 5
	1633: AddReg dst: r0 src: r6
	1634: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1635: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1636: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1637: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1638: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1639: StMemW dst: r0 src: r0 off: 532 imm: 0
	1640: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_86:
	1641: Ja off: -1 <ret0>
iface_direct:
	1642: MovReg dst: r1 src: r9
	1643: AddImm dst: r1 imm: 8
	1644: JEqImm dst: r3 off: -1 imm: 0 <pushed_88>
	1645: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1646: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1647: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1648: NegImm dst: r1 imm: 0
	1649: AddReg dst: r1 src: r0
	1650: JLTImm dst: r1 off: -1 imm: 512 <push_ok_89>
	1651: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1652: OrImm dst: r1 imm: 1
	1653: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1654: Ja off: -1 <pushed_88>
push_ok_89:
	1655: MovReg dst: r1 src: r0
	1656: AddImm dst: r1 imm: 1
	1657: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1658: AndImm dst: r0 imm: 511
	1659: LShImm dst: r0 imm: 5
	1660: AddReg dst: r0 src: r6
	1661: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1662: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1663: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1664: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1665: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1666: StMemW dst: r0 src: r0 off: 532 imm: 1
	1667: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1668: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1669: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_88:
	1670: Ja off: -1 <ret0>
scan_end:
	1671: StMemW dst: r6 src: r0 off: 28 imm: 0
	1672: Ja off: -1 <ret0>
pop:
	1673: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1674: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1675: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1676: MovImm dst: r0 imm: 1
	1677: Exit
have_task:
	1678: MovReg dst: r2 src: r1
	1679: AddImm dst: r2 imm: 1
	1680: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1681: MovReg dst: r8 src: r1
	1682: AndImm dst: r8 imm: 511
	1683: LShImm dst: r8 imm: 5
	1684: AddReg dst: r8 src: r6
	1685: AddImm dst: r8 imm: 512
	1686: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1687: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1688: LoadMapPtr dst: r1 fd: 4
	1690: MovReg dst: r2 src: rfp
	1691: AddImm dst: r2 imm: -8
	1692: Call FnMapLookupElem
	1693: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1694: MovReg dst: r7 src: r0
	1695: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1696: JEqImm dst: r1 off: -1 imm: 0 <read>
	1697: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1698: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1699: Ja off: -1 <start_scan>
read:
	1700: MovReg dst: r1 src: r6
	1701: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1702: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1703: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1704: MovImm dst: r5 imm: 1
	1705: Call -1 <read_item>
	1706: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1707: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1708: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1709: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1710: AddReg dst: r2 src: r0
	1711: MovReg dst: r1 src: r0
start_scan:
	1712: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1713: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1714: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1715: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1716: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1717: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1718: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1719: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1720: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1721: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1722: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1723: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1724: StMemW dst: r6 src: r0 off: 44 imm: 0
	1725: StMemW dst: r6 src: r0 off: 28 imm: 1
	1726: Ja off: -1 <scan>
ret0:
	1727: MovImm dst: r0 imm: 0
	1728: Exit
read_item:
	1729: MovReg dst: r6 src: r1
	1730: MovReg dst: r9 src: r2
	1731: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1732: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1733: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1734: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1735: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1736: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1737: LoadMapPtr dst: r1 fd: 4
	1739: MovReg dst: r2 src: rfp
	1740: AddImm dst: r2 imm: -8
	1741: Call FnMapLookupElem
	1742: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1743: MovReg dst: r7 src: r0
	1744: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1745: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1746: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1747: MulReg dst: r1 src: r2
	1748: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1749: MovImm dst: r1 imm: 65535
ri_asked:
	1750: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1751: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1752: MovReg dst: r3 src: r2
	1753: LShImm dst: r3 imm: 40
	1754: MovReg dst: r1 src: r9
	1755: XorReg dst: r1 src: r3
	1756: LdImmDW dst: r3 imm: -7046029254386353131
	1758: MulReg dst: r1 src: r3
	1759: RShImm dst: r1 imm: 54
	1760: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1761: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1762: MovReg dst: r4 src: r1
	1763: AddImm dst: r4 imm: 0
	1764: AndImm dst: r4 imm: 1023
	1765: LShImm dst: r4 imm: 5
	1766: AddReg dst: r4 src: r6
	1767: AddImm dst: r4 imm: 16896
	1768: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1769: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1770: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1771: JNEReg dst: r5 off: -1 src: r9 <dedup_next_90>
	1772: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1773: JNEReg dst: r5 off: -1 src: r2 <dedup_next_90>
	1774: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1775: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1776: Ja off: -1 <dedup_insert>
dedup_next_90:
	1777: MovReg dst: r4 src: r1
	1778: AddImm dst: r4 imm: 1
	1779: AndImm dst: r4 imm: 1023
	1780: LShImm dst: r4 imm: 5
	1781: AddReg dst: r4 src: r6
	1782: AddImm dst: r4 imm: 16896
	1783: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1784: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1785: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1786: JNEReg dst: r5 off: -1 src: r9 <dedup_next_91>
	1787: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1788: JNEReg dst: r5 off: -1 src: r2 <dedup_next_91>
	1789: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1790: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1791: Ja off: -1 <dedup_insert>
dedup_next_91:
	1792: MovReg dst: r4 src: r1
	1793: AddImm dst: r4 imm: 2
	1794: AndImm dst: r4 imm: 1023
	1795: LShImm dst: r4 imm: 5
	1796: AddReg dst: r4 src: r6
	1797: AddImm dst: r4 imm: 16896
	1798: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1799: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1800: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1801: JNEReg dst: r5 off: -1 src: r9 <dedup_next_92>
	1802: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1803: JNEReg dst: r5 off: -1 src: r2 <dedup_next_92>
	1804: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1805: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1806: Ja off: -1 <dedup_insert>
dedup_next_92:
	1807: MovReg dst: r4 src: r1
	1808: AddImm dst: r4 imm: 3
	1809: AndImm dst: r4 imm: 1023
	1810: LShImm dst: r4 imm: 5
	1811: AddReg dst: r4 src: r6
	1812: AddImm dst: r4 imm: 16896
	1813: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1814: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1815: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1816: JNEReg dst: r5 off: -1 src: r9 <dedup_next_93>
	1817: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1818: JNEReg dst: r5 off: -1 src: r2 <dedup_next_93>
	1819: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1820: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1821: Ja off: -1 <dedup_insert>
dedup_next_93:
	1822: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1823: OrImm dst: r1 imm: 1
	1824: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1825: Ja off: -1 <ri_none>
dedup_insert:
	1826: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1827: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1828: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1829: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1830: MovImm dst: r1 imm: 4328
	1831: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1832: SubReg dst: r1 src: r2
	1833: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1834: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1835: AndImm dst: r1 imm: -8
	1836: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1837: MovReg dst: r3 src: r1
	1838: StMemW dst: r6 src: r0 off: 84 imm: 1
	1839: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1840: OrImm dst: r1 imm: 1
	1841: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1842: Ja off: -1 <ri_prefix>
ri_no_room:
	1843: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1844: OrImm dst: r1 imm: 1
	1845: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1846: Ja off: -1 <ri_none>
ri_room:
	1847: DivReg dst: r1 src: r2
	1848: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1849: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1850: MovReg dst: r3 src: r1
	1851: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1852: OrImm dst: r1 imm: 1
	1853: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1854: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1855: MulReg dst: r3 src: r2
ri_prefix:
	1856: AndImm dst: r3 imm: 65535
	1857: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1858: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1859: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1860: AndImm dst: r1 imm: 65535
	1861: AddReg dst: r1 src: r6
	1862: AddImm dst: r1 imm: 49664
	1863: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1864: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1865: StMemW dst: r1 src: r0 off: 4 imm: 0
	1866: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1867: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1868: MovReg dst: r2 src: r3
	1869: AddImm dst: r2 imm: 7
	1870: AndImm dst: r2 imm: -8
	1871: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1872: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1873: AddImm dst: r2 imm: 1
	1874: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1875: AddImm dst: r1 imm: 24
	1876: MovReg dst: r2 src: r3
	1877: MovReg dst: r3 src: r9
	1878: Call FnProbeReadUser
	1879: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1880: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1881: AndImm dst: r1 imm: 65535
	1882: AddReg dst: r1 src: r6
	1883: AddImm dst: r1 imm: 49664
	1884: StMemW dst: r1 src: r0 off: 4 imm: 1
	1885: StMemW dst: r1 src: r0 off: 16 imm: 0
	1886: StMemW dst: r1 src: r0 off: 20 imm: 0
	1887: MovImm dst: r2 imm: 0
	1888: Ja off: -1 <ri_advance>
ri_read:
	1889: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1890: AddImm dst: r2 imm: 7
	1891: AndImm dst: r2 imm: -8
ri_advance:
	1892: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1893: AddImm dst: r1 imm: 24
	1894: MovReg dst: r0 src: r1
	1895: AddReg dst: r1 src: r2
	1896: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1897: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1898: AddImm dst: r1 imm: 24
	1899: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1900: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1901: AddReg dst: r1 src: r2
	1902: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1903: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1904: Exit
ri_static:
	1905: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1906: AndImm dst: r1 imm: 65535
	1907: AddReg dst: r1 src: r6
	1908: AddImm dst: r1 imm: 49664
	1909: StMemW dst: r1 src: r0 off: 4 imm: 128
	1910: StMemW dst: r1 src: r0 off: 20 imm: 0
	1911: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1912: AddImm dst: r1 imm: 24
	1913: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1914: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1915: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1916: AddImm dst: r2 imm: 31
	1917: AndImm dst: r2 imm: -8
	1918: AddReg dst: r1 src: r2
	1919: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1920: MovImm dst: r0 imm: -1
	1921: Exit
