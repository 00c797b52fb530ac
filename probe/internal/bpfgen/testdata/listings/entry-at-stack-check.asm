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
	  52: StMemW dst: r8 src: r0 off: 8 imm: 240
	  53: StMemW dst: r8 src: r0 off: 80 imm: 240
	  54: StMemW dst: r8 src: r0 off: 12 imm: 2
	  55: StMemW dst: r8 src: r0 off: 16 imm: 0
	  56: StMemW dst: r8 src: r0 off: 20 imm: 0
	  57: StMemW dst: r8 src: r0 off: 24 imm: 1
	  58: StMemW dst: r8 src: r0 off: 28 imm: 0
	  59: StMemH dst: r7 src: r0 off: 4 imm: 2
	  60: StMemH dst: r7 src: r0 off: 6 imm: 0
	  61: StMemB dst: r7 src: r0 off: 8 imm: 0
	  62: StMemH dst: r7 src: r0 off: 14 imm: 16
	  63: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  64: MovReg dst: r1 src: r8
	  65: AddImm dst: r1 imm: 128
	  66: MovImm dst: r2 imm: 152
	  67: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  68: AddImm dst: r3 imm: 8
	  69: Call FnProbeReadUser
	  70: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  71: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  72: Call FnKtimeGetNs
	  73: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  74: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  75: JEqImm dst: r1 off: -1 imm: 0 <call_done>
	  76: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  77: SubReg dst: r1 src: r2
	  78: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  79: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  80: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  81: StMemW dst: rfp src: r0 off: -20 imm: 2
	  82: LdXMemDW dst: r1 src: r7 off: 24 imm: 0
	  83: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	  84: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  85: LoadMapPtr dst: r1 fd: 6
	  87: MovReg dst: r2 src: rfp
	  88: AddImm dst: r2 imm: -32
	  89: MovReg dst: r3 src: rfp
	  90: AddImm dst: r3 imm: -40
	  91: MovImm dst: r4 imm: 0
	  92: Call FnMapUpdateElem
call_done:
	  93: MovReg dst: r1 src: r6
	  94: Call FnGetAttachCookie
	  95: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  96: StMemH dst: r7 src: r0 off: 10 imm: 1
	  97: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  98: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  99: SubReg dst: r2 src: r3
	 100: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	 101: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	 102: MovImm dst: r2 imm: 2048
	 103: Ja off: -1 <window_sized>
window_none:
	 104: MovImm dst: r2 imm: 0
window_sized:
	 105: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 106: MovReg dst: r1 src: r8
	 107: AddImm dst: r1 imm: 180992
	 108: Call FnProbeReadUser
	 109: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 110: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 111: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 112: MovReg dst: r1 src: r9
	 113: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 114: SubReg dst: r1 src: r2
	 115: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 116: MovReg dst: r2 src: r1
	 117: AddImm dst: r2 imm: 16
	 118: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 119: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 120: AddReg dst: r1 src: r8
	 121: AddImm dst: r1 imm: 180992
	 122: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 123: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 124: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 125: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 126: Ja off: -1 <frame_got_6>
frame_read_5:
	 127: MovReg dst: r1 src: r8
	 128: AddImm dst: r1 imm: 64
	 129: MovImm dst: r2 imm: 16
	 130: MovReg dst: r3 src: r9
	 131: Call FnProbeReadUser
	 132: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 133: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 134: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 135: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 136: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 137: StMemH dst: r7 src: r0 off: 10 imm: 2
	 138: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 139: MovReg dst: r1 src: r9
	 140: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 141: SubReg dst: r1 src: r2
	 142: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 143: MovReg dst: r2 src: r1
	 144: AddImm dst: r2 imm: 16
	 145: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 146: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 147: AddReg dst: r1 src: r8
	 148: AddImm dst: r1 imm: 180992
	 149: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 150: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 151: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 152: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 153: Ja off: -1 <frame_got_8>
frame_read_7:
	 154: MovReg dst: r1 src: r8
	 155: AddImm dst: r1 imm: 64
	 156: MovImm dst: r2 imm: 16
	 157: MovReg dst: r3 src: r9
	 158: Call FnProbeReadUser
	 159: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 160: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 161: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 162: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 163: StMemH dst: r7 src: r0 off: 10 imm: 3
	 164: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 165: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 166: MovReg dst: r9 src: r1
	 167: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 168: MovReg dst: r1 src: r9
	 169: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 170: SubReg dst: r1 src: r2
	 171: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 172: MovReg dst: r2 src: r1
	 173: AddImm dst: r2 imm: 16
	 174: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 175: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 176: AddReg dst: r1 src: r8
	 177: AddImm dst: r1 imm: 180992
	 178: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 179: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 180: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 181: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 182: Ja off: -1 <frame_got_10>
frame_read_9:
	 183: MovReg dst: r1 src: r8
	 184: AddImm dst: r1 imm: 64
	 185: MovImm dst: r2 imm: 16
	 186: MovReg dst: r3 src: r9
	 187: Call FnProbeReadUser
	 188: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 189: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 190: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 191: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 192: StMemH dst: r7 src: r0 off: 10 imm: 4
	 193: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 194: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 195: MovReg dst: r9 src: r1
	 196: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 197: MovReg dst: r1 src: r9
	 198: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 199: SubReg dst: r1 src: r2
	 200: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 201: MovReg dst: r2 src: r1
	 202: AddImm dst: r2 imm: 16
	 203: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 204: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 205: AddReg dst: r1 src: r8
	 206: AddImm dst: r1 imm: 180992
	 207: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 208: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 209: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 210: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 211: Ja off: -1 <frame_got_12>
frame_read_11:
	 212: MovReg dst: r1 src: r8
	 213: AddImm dst: r1 imm: 64
	 214: MovImm dst: r2 imm: 16
	 215: MovReg dst: r3 src: r9
	 216: Call FnProbeReadUser
	 217: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 218: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 219: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 220: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 221: StMemH dst: r7 src: r0 off: 10 imm: 5
	 222: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 223: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 224: MovReg dst: r9 src: r1
	 225: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 226: MovReg dst: r1 src: r9
	 227: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 228: SubReg dst: r1 src: r2
	 229: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 230: MovReg dst: r2 src: r1
	 231: AddImm dst: r2 imm: 16
	 232: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 233: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 234: AddReg dst: r1 src: r8
	 235: AddImm dst: r1 imm: 180992
	 236: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 237: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 238: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 239: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 240: Ja off: -1 <frame_got_14>
frame_read_13:
	 241: MovReg dst: r1 src: r8
	 242: AddImm dst: r1 imm: 64
	 243: MovImm dst: r2 imm: 16
	 244: MovReg dst: r3 src: r9
	 245: Call FnProbeReadUser
	 246: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 247: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 248: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 249: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 250: StMemH dst: r7 src: r0 off: 10 imm: 6
	 251: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 252: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 253: MovReg dst: r9 src: r1
	 254: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 255: MovReg dst: r1 src: r9
	 256: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 257: SubReg dst: r1 src: r2
	 258: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 259: MovReg dst: r2 src: r1
	 260: AddImm dst: r2 imm: 16
	 261: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 262: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 263: AddReg dst: r1 src: r8
	 264: AddImm dst: r1 imm: 180992
	 265: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 266: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 267: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 268: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 269: Ja off: -1 <frame_got_16>
frame_read_15:
	 270: MovReg dst: r1 src: r8
	 271: AddImm dst: r1 imm: 64
	 272: MovImm dst: r2 imm: 16
	 273: MovReg dst: r3 src: r9
	 274: Call FnProbeReadUser
	 275: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 276: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 277: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 278: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 279: StMemH dst: r7 src: r0 off: 10 imm: 7
	 280: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 281: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 282: MovReg dst: r9 src: r1
	 283: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 284: MovReg dst: r1 src: r9
	 285: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 286: SubReg dst: r1 src: r2
	 287: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 288: MovReg dst: r2 src: r1
	 289: AddImm dst: r2 imm: 16
	 290: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 291: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 292: AddReg dst: r1 src: r8
	 293: AddImm dst: r1 imm: 180992
	 294: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 295: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 296: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 297: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 298: Ja off: -1 <frame_got_18>
frame_read_17:
	 299: MovReg dst: r1 src: r8
	 300: AddImm dst: r1 imm: 64
	 301: MovImm dst: r2 imm: 16
	 302: MovReg dst: r3 src: r9
	 303: Call FnProbeReadUser
	 304: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 305: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 306: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 307: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 308: StMemH dst: r7 src: r0 off: 10 imm: 8
	 309: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 310: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 311: MovReg dst: r9 src: r1
	 312: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 313: MovReg dst: r1 src: r9
	 314: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 315: SubReg dst: r1 src: r2
	 316: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 317: MovReg dst: r2 src: r1
	 318: AddImm dst: r2 imm: 16
	 319: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 320: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 321: AddReg dst: r1 src: r8
	 322: AddImm dst: r1 imm: 180992
	 323: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 324: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 325: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 326: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 327: Ja off: -1 <frame_got_20>
frame_read_19:
	 328: MovReg dst: r1 src: r8
	 329: AddImm dst: r1 imm: 64
	 330: MovImm dst: r2 imm: 16
	 331: MovReg dst: r3 src: r9
	 332: Call FnProbeReadUser
	 333: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 334: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 335: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 336: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 337: StMemH dst: r7 src: r0 off: 10 imm: 9
	 338: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 339: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 340: MovReg dst: r9 src: r1
	 341: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 342: MovReg dst: r1 src: r9
	 343: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 344: SubReg dst: r1 src: r2
	 345: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 346: MovReg dst: r2 src: r1
	 347: AddImm dst: r2 imm: 16
	 348: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 349: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 350: AddReg dst: r1 src: r8
	 351: AddImm dst: r1 imm: 180992
	 352: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 353: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 354: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 355: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 356: Ja off: -1 <frame_got_22>
frame_read_21:
	 357: MovReg dst: r1 src: r8
	 358: AddImm dst: r1 imm: 64
	 359: MovImm dst: r2 imm: 16
	 360: MovReg dst: r3 src: r9
	 361: Call FnProbeReadUser
	 362: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 363: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 364: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 365: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 366: StMemH dst: r7 src: r0 off: 10 imm: 10
	 367: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 368: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 369: MovReg dst: r9 src: r1
	 370: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 371: MovReg dst: r1 src: r9
	 372: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 373: SubReg dst: r1 src: r2
	 374: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 375: MovReg dst: r2 src: r1
	 376: AddImm dst: r2 imm: 16
	 377: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 378: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 379: AddReg dst: r1 src: r8
	 380: AddImm dst: r1 imm: 180992
	 381: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 382: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 383: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 384: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 385: Ja off: -1 <frame_got_24>
frame_read_23:
	 386: MovReg dst: r1 src: r8
	 387: AddImm dst: r1 imm: 64
	 388: MovImm dst: r2 imm: 16
	 389: MovReg dst: r3 src: r9
	 390: Call FnProbeReadUser
	 391: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 392: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 393: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 394: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 395: StMemH dst: r7 src: r0 off: 10 imm: 11
	 396: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 397: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 398: MovReg dst: r9 src: r1
	 399: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 400: MovReg dst: r1 src: r9
	 401: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 402: SubReg dst: r1 src: r2
	 403: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 404: MovReg dst: r2 src: r1
	 405: AddImm dst: r2 imm: 16
	 406: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 407: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 408: AddReg dst: r1 src: r8
	 409: AddImm dst: r1 imm: 180992
	 410: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 411: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 412: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 413: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 414: Ja off: -1 <frame_got_26>
frame_read_25:
	 415: MovReg dst: r1 src: r8
	 416: AddImm dst: r1 imm: 64
	 417: MovImm dst: r2 imm: 16
	 418: MovReg dst: r3 src: r9
	 419: Call FnProbeReadUser
	 420: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 421: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 422: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 423: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 424: StMemH dst: r7 src: r0 off: 10 imm: 12
	 425: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 426: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 427: MovReg dst: r9 src: r1
	 428: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 429: MovReg dst: r1 src: r9
	 430: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 431: SubReg dst: r1 src: r2
	 432: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 433: MovReg dst: r2 src: r1
	 434: AddImm dst: r2 imm: 16
	 435: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 436: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 437: AddReg dst: r1 src: r8
	 438: AddImm dst: r1 imm: 180992
	 439: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 440: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 441: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 442: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 443: Ja off: -1 <frame_got_28>
frame_read_27:
	 444: MovReg dst: r1 src: r8
	 445: AddImm dst: r1 imm: 64
	 446: MovImm dst: r2 imm: 16
	 447: MovReg dst: r3 src: r9
	 448: Call FnProbeReadUser
	 449: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 450: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 451: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 452: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 453: StMemH dst: r7 src: r0 off: 10 imm: 13
	 454: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 455: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 456: MovReg dst: r9 src: r1
	 457: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 458: MovReg dst: r1 src: r9
	 459: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 460: SubReg dst: r1 src: r2
	 461: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 462: MovReg dst: r2 src: r1
	 463: AddImm dst: r2 imm: 16
	 464: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 465: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 466: AddReg dst: r1 src: r8
	 467: AddImm dst: r1 imm: 180992
	 468: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 469: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 470: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 471: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 472: Ja off: -1 <frame_got_30>
frame_read_29:
	 473: MovReg dst: r1 src: r8
	 474: AddImm dst: r1 imm: 64
	 475: MovImm dst: r2 imm: 16
	 476: MovReg dst: r3 src: r9
	 477: Call FnProbeReadUser
	 478: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 479: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 481: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 482: StMemH dst: r7 src: r0 off: 10 imm: 14
	 483: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 484: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 485: MovReg dst: r9 src: r1
	 486: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 487: MovReg dst: r1 src: r9
	 488: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 489: SubReg dst: r1 src: r2
	 490: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 491: MovReg dst: r2 src: r1
	 492: AddImm dst: r2 imm: 16
	 493: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 494: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 495: AddReg dst: r1 src: r8
	 496: AddImm dst: r1 imm: 180992
	 497: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 498: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 499: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 500: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 501: Ja off: -1 <frame_got_32>
frame_read_31:
	 502: MovReg dst: r1 src: r8
	 503: AddImm dst: r1 imm: 64
	 504: MovImm dst: r2 imm: 16
	 505: MovReg dst: r3 src: r9
	 506: Call FnProbeReadUser
	 507: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
	 508: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 509: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 510: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 511: StMemH dst: r7 src: r0 off: 10 imm: 15
	 512: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 513: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 514: MovReg dst: r9 src: r1
	 515: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 516: MovReg dst: r1 src: r9
	 517: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 518: SubReg dst: r1 src: r2
	 519: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 520: MovReg dst: r2 src: r1
	 521: AddImm dst: r2 imm: 16
	 522: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 523: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 524: AddReg dst: r1 src: r8
	 525: AddImm dst: r1 imm: 180992
	 526: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 527: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 528: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 529: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 530: Ja off: -1 <frame_got_34>
frame_read_33:
	 531: MovReg dst: r1 src: r8
	 532: AddImm dst: r1 imm: 64
	 533: MovImm dst: r2 imm: 16
	 534: MovReg dst: r3 src: r9
	 535: Call FnProbeReadUser
	 536: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 537: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 538: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 539: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 540: StMemH dst: r7 src: r0 off: 10 imm: 16
	 541: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 542: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 543: MovReg dst: r9 src: r1
	 544: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 545: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 546: OrImm dst: r1 imm: 2
	 547: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 548: MovReg dst: r9 src: r7
	 549: AddImm dst: r9 imm: 168
	 550: StMemW dst: r9 src: r0 off: 0 imm: 1
	 551: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 552: StMemW dst: r9 src: r0 off: 4 imm: 0
	 553: StMemW dst: r9 src: r0 off: 16 imm: 8
	 554: StMemW dst: r9 src: r0 off: 20 imm: 8
	 555: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 556: MovReg dst: r1 src: r9
	 557: AddImm dst: r1 imm: 24
	 558: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 559: MovReg dst: r9 src: r7
	 560: AddImm dst: r9 imm: 200
	 561: StMemW dst: r9 src: r0 off: 0 imm: 3
	 562: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 563: StMemW dst: r9 src: r0 off: 4 imm: 0
	 564: StMemW dst: r9 src: r0 off: 16 imm: 16
	 565: StMemW dst: r9 src: r0 off: 20 imm: 16
	 566: LdXMemDW dst: r2 src: r6 off: 40 imm: 0
	 567: MovReg dst: r1 src: r9
	 568: AddImm dst: r1 imm: 24
	 569: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 570: LdXMemDW dst: r2 src: r6 off: 88 imm: 0
	 571: MovReg dst: r1 src: r9
	 572: AddImm dst: r1 imm: 32
	 573: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 574: StMemDW dst: r8 src: r0 off: 512 imm: 224
	 575: StMemW dst: r8 src: r0 off: 520 imm: 3
	 576: StMemW dst: r8 src: r0 off: 524 imm: 1
	 577: StMemW dst: r8 src: r0 off: 528 imm: 0
	 578: StMemW dst: r8 src: r0 off: 532 imm: 1
	 579: StMemW dst: r8 src: r0 off: 536 imm: 0
	 580: StMemW dst: r8 src: r0 off: 540 imm: 240
	 581: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	 582: MovImm dst: r1 imm: 16384
	 583: LdImmDW dst: r2 imm: -1 <step>
	 585: MovReg dst: r3 src: rfp
	 586: AddImm dst: r3 imm: -48
	 587: MovImm dst: r4 imm: 0
	 588: Call FnLoop
	 589: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	 590: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	 591: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	 592: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	 593: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	 594: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 595: OrImm dst: r1 imm: 1
	 596: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	 597: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 598: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 599: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 600: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 601: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 602: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 603: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 604: MovImm dst: r4 imm: 1
	 605: AndImm dst: r1 imm: 15
	 606: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 607: LoadMapPtr dst: r1 fd: 7
	 609: MovImm dst: r2 imm: 0
	 610: Call FnRingbufQuery
	 611: MovImm dst: r4 imm: 1
	 612: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 613: MovImm dst: r4 imm: 2
wake_chosen:
	 614: LoadMapPtr dst: r1 fd: 7
	 616: MovReg dst: r2 src: r7
	 617: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 618: AndImm dst: r3 imm: 65535
	 619: Call FnRingbufOutput
	 620: StMemW dst: r8 src: r0 off: 0 imm: 0
	 621: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 622: MovImm dst: r1 imm: 2
	 623: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 624: LoadMapPtr dst: r1 fd: 8
	 626: MovReg dst: r2 src: rfp
	 627: AddImm dst: r2 imm: -8
	 628: Call FnMapLookupElem
	 629: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 630: MovImm dst: r1 imm: 1
	 631: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 632: MovImm dst: r0 imm: 0
	 633: Exit
step:
	 634: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 635: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 636: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	 637: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	 638: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 639: LoadMapPtr dst: r1 fd: 4
	 641: MovReg dst: r2 src: rfp
	 642: AddImm dst: r2 imm: -8
	 643: Call FnMapLookupElem
	 644: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	 645: MovReg dst: r7 src: r0
	 646: MovImm dst: r5 imm: 0
scan_next:
	 647: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	 648: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	 649: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	 650: MovReg dst: r8 src: r1
	 651: AndImm dst: r8 imm: 63
	 652: LShImm dst: r8 imm: 4
	 653: AddReg dst: r8 src: r7
	 654: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	 655: AndImm dst: r9 imm: 65535
	 656: AddImm dst: r1 imm: 1
	 657: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	 658: StXMemW dst: r6 src: r1 off: 44 imm: 0
	 659: Ja off: -1 <slot_ready>
last_slot:
	 660: StMemW dst: r6 src: r0 off: 44 imm: 0
	 661: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	 662: SubImm dst: r1 imm: 1
	 663: StXMemW dst: r6 src: r1 off: 40 imm: 0
	 664: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 665: AddReg dst: r2 src: r9
	 666: StXMemW dst: r6 src: r2 off: 32 imm: 0
	 667: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	 668: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	 669: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	 670: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	 671: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	 672: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	 673: AddReg dst: r2 src: r3
	 674: AddReg dst: r2 src: r9
	 675: AndImm dst: r2 imm: 65535
	 676: AddReg dst: r2 src: r6
	 677: AddImm dst: r2 imm: 49664
	 678: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	 679: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	 680: AndImm dst: r2 imm: 128
	 681: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	 682: Ja off: -1 <cond_ok>
cond_tophash:
	 683: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	 684: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	 685: AddReg dst: r1 src: r9
	 686: AndImm dst: r1 imm: 65535
	 687: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	 688: MovReg dst: r2 src: r3
	 689: SubImm dst: r2 imm: 2
	 690: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	 691: MovReg dst: r2 src: r1
	 692: AddImm dst: r2 imm: 16
	 693: Ja off: -1 <slot_width>
one_word:
	 694: MovReg dst: r2 src: r1
	 695: AddImm dst: r2 imm: 8
slot_width:
	 696: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	 697: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	 698: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 699: MovReg dst: r2 src: r1
	 700: AndImm dst: r2 imm: 65535
	 701: AddReg dst: r2 src: r6
	 702: AddImm dst: r2 imm: 49664
	 703: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	 704: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	 705: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 706: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	 707: AddImm dst: r5 imm: 1
	 708: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	 709: Ja off: -1 <ret0>
slot_dispatch:
	 710: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	 711: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	 712: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	 713: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	 714: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 715: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	 716: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	 717: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	 718: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	 719: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	 720: Ja off: -1 <ret0>
s_pointer:
	 721: Ja off: -1 <s_map>
s_map:
	 722: MovReg dst: r2 src: r1
	 723: AndImm dst: r2 imm: 65535
	 724: AddReg dst: r2 src: r6
	 725: AddImm dst: r2 imm: 49664
	 726: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 727: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 728: MovImm dst: r3 imm: 1
	 729: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	 730: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 731: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	 732: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	 733: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 734: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 735: AddReg dst: r4 src: r0
	 736: JGTImm dst: r4 off: -1 imm: 3 <pushed_35>
	 737: JEqImm dst: r1 off: -1 imm: 0 <pushed_35>
	 738: JEqImm dst: r3 off: -1 imm: 0 <pushed_35>
	 739: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 740: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 741: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 742: NegImm dst: r1 imm: 0
	 743: AddReg dst: r1 src: r0
	 744: JLTImm dst: r1 off: -1 imm: 512 <push_ok_36>
	 745: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 746: OrImm dst: r1 imm: 1
	 747: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 748: Ja off: -1 <pushed_35>
push_ok_36:
	 749: MovReg dst: r1 src: r0
	 750: AddImm dst: r1 imm: 1
	 751: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 752: AndImm dst: r0 imm: 511
	 753: LShImm dst: r0 imm: 5
	 754: AddReg dst: r0 src: r6
	 755: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 756: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 757: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 758: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 759: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 760: StMemW dst: r0 src: r0 off: 532 imm: 0
	 761: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_35:
	 762: Ja off: -1 <ret0>
s_string:
	 763: MovReg dst: r3 src: r1
	 764: AndImm dst: r3 imm: 65535
	 765: AddReg dst: r3 src: r6
	 766: AddImm dst: r3 imm: 49664
	 767: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	 768: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	 769: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	 770: MovImm dst: r4 imm: 255
str_capped:
	 771: MovReg dst: r1 src: r6
	 772: MovImm dst: r3 imm: 2
	 773: MovImm dst: r5 imm: 1
	 774: Call -1 <read_item>
	 775: Ja off: -1 <ret0>
s_slice:
	 776: MovReg dst: r2 src: r1
	 777: AndImm dst: r2 imm: 65535
	 778: AddReg dst: r2 src: r6
	 779: AddImm dst: r2 imm: 49664
	 780: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 781: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	 782: JLEImm dst: r3 off: -1 imm: 100 <cap_37>
	 783: MovImm dst: r3 imm: 100
cap_37:
	 784: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 785: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 786: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 787: AddReg dst: r4 src: r0
	 788: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 789: JGTImm dst: r4 off: -1 imm: 3 <pushed_38>
	 790: JEqImm dst: r1 off: -1 imm: 0 <pushed_38>
	 791: JEqImm dst: r3 off: -1 imm: 0 <pushed_38>
	 792: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 793: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 794: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 795: NegImm dst: r1 imm: 0
	 796: AddReg dst: r1 src: r0
	 797: JLTImm dst: r1 off: -1 imm: 512 <push_ok_39>
	 798: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 799: OrImm dst: r1 imm: 1
	 800: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 801: Ja off: -1 <pushed_38>
push_ok_39:
	 802: MovReg dst: r1 src: r0
	 803: AddImm dst: r1 imm: 1
	 804: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 805: AndImm dst: r0 imm: 511
	 806: LShImm dst: r0 imm: 5
	 807: AddReg dst: r0 src: r6
	 808: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 809: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 810: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 811: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 812: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 813: StMemW dst: r0 src: r0 off: 532 imm: 0
	 814: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_38:
	 815: Ja off: -1 <ret0>
s_inline:
	 816: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 817: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	 818: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 819: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 820: JEqImm dst: r3 off: -1 imm: 0 <pushed_40>
	 821: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 822: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 823: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 824: NegImm dst: r1 imm: 0
	 825: AddReg dst: r1 src: r0
	 826: JLTImm dst: r1 off: -1 imm: 512 <push_ok_41>
	 827: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 828: OrImm dst: r1 imm: 1
	 829: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 830: Ja off: -1 <pushed_40>
push_ok_41:
	 831: MovReg dst: r1 src: r0
	 832: AddImm dst: r1 imm: 1
	 833: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 834: AndImm dst: r0 imm: 511
	 835: LShImm dst: r0 imm: 5
	 836: AddReg dst: r0 src: r6
	 837: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 838: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 839: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 840: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 841: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 842: StMemW dst: r0 src: r0 off: 532 imm: 1
	 843: StXMemW dst: r0 src: r5 off: 536 imm: 0
	 844: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	 845: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_40:
	 846: Ja off: -1 <ret0>
s_swiss_dir:
	 847: MovReg dst: r8 src: r1
	 848: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 849: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 850: LoadMapPtr dst: r1 fd: 4
	 852: MovReg dst: r2 src: rfp
	 853: AddImm dst: r2 imm: -8
	 854: Call FnMapLookupElem
	 855: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 856: MovReg dst: r7 src: r0
	 857: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	 858: AddReg dst: r3 src: r9
	 859: AndImm dst: r3 imm: 65535
	 860: AddReg dst: r3 src: r6
	 861: AddImm dst: r3 imm: 49664
	 862: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 863: MovReg dst: r1 src: r8
	 864: AndImm dst: r1 imm: 65535
	 865: AddReg dst: r1 src: r6
	 866: AddImm dst: r1 imm: 49664
	 867: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 868: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 869: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 870: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	 871: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 872: MovImm dst: r3 imm: 1
	 873: JGTImm dst: r4 off: -1 imm: 3 <pushed_42>
	 874: JEqImm dst: r1 off: -1 imm: 0 <pushed_42>
	 875: JEqImm dst: r3 off: -1 imm: 0 <pushed_42>
	 876: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 877: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 878: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 879: NegImm dst: r1 imm: 0
	 880: AddReg dst: r1 src: r0
	 881: JLTImm dst: r1 off: -1 imm: 512 <push_ok_43>
	 882: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 883: OrImm dst: r1 imm: 1
	 884: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 885: Ja off: -1 <pushed_42>
push_ok_43:
	 886: MovReg dst: r1 src: r0
	 887: AddImm dst: r1 imm: 1
	 888: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 889: AndImm dst: r0 imm: 511
	 890: LShImm dst: r0 imm: 5
	 891: AddReg dst: r0 src: r6
	 892: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 893: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 894: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 895: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 896: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 897: StMemW dst: r0 src: r0 off: 532 imm: 0
	 898: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_42:
	 899: Ja off: -1 <ret0>
swiss_tables:
	 900: JLEImm dst: r3 off: -1 imm: 65535 <cap_44>
	 901: MovImm dst: r3 imm: 65535
cap_44:
	 902: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	 903: JGTImm dst: r4 off: -1 imm: 3 <pushed_45>
	 904: JEqImm dst: r1 off: -1 imm: 0 <pushed_45>
	 905: JEqImm dst: r3 off: -1 imm: 0 <pushed_45>
	 906: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 907: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 908: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 909: NegImm dst: r1 imm: 0
	 910: AddReg dst: r1 src: r0
	 911: JLTImm dst: r1 off: -1 imm: 512 <push_ok_46>
	 912: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 913: OrImm dst: r1 imm: 1
	 914: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 915: Ja off: -1 <pushed_45>
push_ok_46:
	 916: MovReg dst: r1 src: r0
	 917: AddImm dst: r1 imm: 1
	 918: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 919: AndImm dst: r0 imm: 511
	 920: LShImm dst: r0 imm: 5
	 921: AddReg dst: r0 src: r6
	 922: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 923: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 924: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 925: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 926: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 927: StMemW dst: r0 src: r0 off: 532 imm: 0
	 928: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_45:
	 929: Ja off: -1 <ret0>
s_swiss_groups:
	 930: MovReg dst: r8 src: r1
	 931: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 932: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 933: LoadMapPtr dst: r1 fd: 4
	 935: MovReg dst: r2 src: rfp
	 936: AddImm dst: r2 imm: -8
	 937: Call FnMapLookupElem
	 938: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 939: MovReg dst: r7 src: r0
	 940: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	 941: AddReg dst: r3 src: r9
	 942: AndImm dst: r3 imm: 65535
	 943: AddReg dst: r3 src: r6
	 944: AddImm dst: r3 imm: 49664
	 945: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 946: JLEImm dst: r3 off: -1 imm: 65534 <cap_47>
	 947: MovImm dst: r3 imm: 65534
cap_47:
	 948: AddImm dst: r3 imm: 1
	 949: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	 950: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	 951: AddReg dst: r2 src: r9
	 952: AndImm dst: r2 imm: 65535
	 953: AddReg dst: r2 src: r6
	 954: AddImm dst: r2 imm: 49664
	 955: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	 956: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	 957: MovReg dst: r0 src: r3
	 958: MulImm dst: r0 imm: 200
	 959: AddReg dst: r0 src: r2
	 960: SubImm dst: r0 imm: 1
	 961: DivReg dst: r0 src: r2
	 962: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	 963: MovReg dst: r3 src: r0
groups_counted:
	 964: MovReg dst: r1 src: r8
	 965: AndImm dst: r1 imm: 65535
	 966: AddReg dst: r1 src: r6
	 967: AddImm dst: r1 imm: 49664
	 968: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 969: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 970: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 971: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 972: JGTImm dst: r4 off: -1 imm: 3 <pushed_48>
	 973: JEqImm dst: r1 off: -1 imm: 0 <pushed_48>
	 974: JEqImm dst: r3 off: -1 imm: 0 <pushed_48>
	 975: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 976: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 977: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 978: NegImm dst: r1 imm: 0
	 979: AddReg dst: r1 src: r0
	 980: JLTImm dst: r1 off: -1 imm: 512 <push_ok_49>
	 981: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 982: OrImm dst: r1 imm: 1
	 983: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 984: Ja off: -1 <pushed_48>
push_ok_49:
	 985: MovReg dst: r1 src: r0
	 986: AddImm dst: r1 imm: 1
	 987: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 988: AndImm dst: r0 imm: 511
	 989: LShImm dst: r0 imm: 5
	 990: AddReg dst: r0 src: r6
	 991: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 992: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 993: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 994: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 995: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 996: StMemW dst: r0 src: r0 off: 532 imm: 0
	 997: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_48:
	 998: Ja off: -1 <ret0>
s_hmap_buckets:
	 999: MovReg dst: r8 src: r1
	1000: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1001: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1002: LoadMapPtr dst: r1 fd: 4
	1004: MovReg dst: r2 src: rfp
	1005: AddImm dst: r2 imm: -8
	1006: Call FnMapLookupElem
	1007: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1008: MovReg dst: r7 src: r0
	1009: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1010: AddReg dst: r0 src: r9
	1011: AndImm dst: r0 imm: 65535
	1012: AddReg dst: r0 src: r6
	1013: AddImm dst: r0 imm: 49664
	1014: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1015: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1016: MovImm dst: r0 imm: 16
hmap_b:
	1017: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1018: MovImm dst: r3 imm: 1
	1019: LShReg dst: r3 src: r0
	1020: MovReg dst: r1 src: r8
	1021: AndImm dst: r1 imm: 65535
	1022: AddReg dst: r1 src: r6
	1023: AddImm dst: r1 imm: 49664
	1024: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1025: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1026: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1027: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1028: JGTImm dst: r4 off: -1 imm: 3 <pushed_50>
	1029: JEqImm dst: r1 off: -1 imm: 0 <pushed_50>
	1030: JEqImm dst: r3 off: -1 imm: 0 <pushed_50>
	1031: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1032: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1033: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1034: NegImm dst: r1 imm: 0
	1035: AddReg dst: r1 src: r0
	1036: JLTImm dst: r1 off: -1 imm: 512 <push_ok_51>
	1037: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1038: OrImm dst: r1 imm: 1
	1039: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1040: Ja off: -1 <pushed_50>
push_ok_51:
	1041: MovReg dst: r1 src: r0
	1042: AddImm dst: r1 imm: 1
	1043: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1044: AndImm dst: r0 imm: 511
	1045: LShImm dst: r0 imm: 5
	1046: AddReg dst: r0 src: r6
	1047: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1048: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1049: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1050: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1051: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1052: StMemW dst: r0 src: r0 off: 532 imm: 0
	1053: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_50:
	1054: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1055: AddReg dst: r1 src: r9
	1056: AndImm dst: r1 imm: 65535
	1057: AddReg dst: r1 src: r6
	1058: AddImm dst: r1 imm: 49664
	1059: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1060: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1061: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1062: SubImm dst: r0 imm: 1
	1063: MovImm dst: r3 imm: 1
	1064: LShReg dst: r3 src: r0
	1065: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1066: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1067: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1068: JGTImm dst: r4 off: -1 imm: 3 <pushed_52>
	1069: JEqImm dst: r1 off: -1 imm: 0 <pushed_52>
	1070: JEqImm dst: r3 off: -1 imm: 0 <pushed_52>
	1071: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1072: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1073: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1074: NegImm dst: r1 imm: 0
	1075: AddReg dst: r1 src: r0
	1076: JLTImm dst: r1 off: -1 imm: 512 <push_ok_53>
	1077: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1078: OrImm dst: r1 imm: 1
	1079: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1080: Ja off: -1 <pushed_52>
push_ok_53:
	1081: MovReg dst: r1 src: r0
	1082: AddImm dst: r1 imm: 1
	1083: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1084: AndImm dst: r0 imm: 511
	1085: LShImm dst: r0 imm: 5
	1086: AddReg dst: r0 src: r6
	1087: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1088: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1089: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1090: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1091: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1092: StMemW dst: r0 src: r0 off: 532 imm: 0
	1093: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_52:
	1094: Ja off: -1 <ret0>
s_iface:
	1095: MovReg dst: r9 src: r1
	1096: MovReg dst: r2 src: r1
	1097: AndImm dst: r2 imm: 65535
	1098: AddReg dst: r2 src: r6
	1099: AddImm dst: r2 imm: 49664
	1100: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1101: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1102: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1103: MovReg dst: r1 src: r6
	1104: MovImm dst: r3 imm: 20
	1105: MovImm dst: r4 imm: 1
	1106: MovImm dst: r5 imm: 0
	1107: Call -1 <read_item>
	1108: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1109: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1110: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1111: MovReg dst: r1 src: r0
	1112: AndImm dst: r1 imm: 65535
	1113: AddReg dst: r1 src: r6
	1114: AddImm dst: r1 imm: 49664
	1115: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1116: Ja off: -1 <iface_type>
itab_reread:
	1117: MovReg dst: r1 src: rfp
	1118: AddImm dst: r1 imm: -8
	1119: MovImm dst: r2 imm: 8
	1120: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1121: AddImm dst: r3 imm: 8
	1122: Call FnProbeReadUser
	1123: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1124: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1125: Ja off: -1 <iface_type>
s_eface:
	1126: MovReg dst: r9 src: r1
	1127: MovReg dst: r2 src: r1
	1128: AndImm dst: r2 imm: 65535
	1129: AddReg dst: r2 src: r6
	1130: AddImm dst: r2 imm: 49664
	1131: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1132: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1133: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1134: LoadMapPtr dst: r1 fd: 5
	1136: MovReg dst: r2 src: rfp
	1137: AddImm dst: r2 imm: -8
	1138: Call FnMapLookupElem
	1139: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1140: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1141: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1142: MovImm dst: r3 imm: 1
	1143: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1144: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1145: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1146: MovReg dst: r1 src: r9
	1147: AndImm dst: r1 imm: 65535
	1148: AddReg dst: r1 src: r6
	1149: AddImm dst: r1 imm: 49664
	1150: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1151: AddImm dst: r4 imm: 1
	1152: JGTImm dst: r4 off: -1 imm: 3 <pushed_54>
	1153: JEqImm dst: r1 off: -1 imm: 0 <pushed_54>
	1154: JEqImm dst: r3 off: -1 imm: 0 <pushed_54>
	1155: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1156: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1157: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1158: NegImm dst: r1 imm: 0
	1159: AddReg dst: r1 src: r0
	1160: JLTImm dst: r1 off: -1 imm: 512 <push_ok_55>
	1161: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1162: OrImm dst: r1 imm: 1
	1163: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1164: Ja off: -1 <pushed_54>
push_ok_55:
	1165: MovReg dst: r1 src: r0
	1166: AddImm dst: r1 imm: 1
	1167: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1168: AndImm dst: r0 imm: 511
	1169: LShImm dst: r0 imm: 5
	1170: AddReg dst: r0 src: r6
	1171: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1172: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1173: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1174: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1175: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1176: StMemW dst: r0 src: r0 off: 532 imm: 0
	1177: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_54:
	1178: Ja off: -1 <ret0>
iface_direct:
	1179: MovReg dst: r1 src: r9
	1180: AddImm dst: r1 imm: 8
	1181: JEqImm dst: r3 off: -1 imm: 0 <pushed_56>
	1182: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1183: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1184: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1185: NegImm dst: r1 imm: 0
	1186: AddReg dst: r1 src: r0
	1187: JLTImm dst: r1 off: -1 imm: 512 <push_ok_57>
	1188: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1189: OrImm dst: r1 imm: 1
	1190: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1191: Ja off: -1 <pushed_56>
push_ok_57:
	1192: MovReg dst: r1 src: r0
	1193: AddImm dst: r1 imm: 1
	1194: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1195: AndImm dst: r0 imm: 511
	1196: LShImm dst: r0 imm: 5
	1197: AddReg dst: r0 src: r6
	1198: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1199: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1200: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1201: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1202: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1203: StMemW dst: r0 src: r0 off: 532 imm: 1
	1204: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1205: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1206: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_56:
	1207: Ja off: -1 <ret0>
scan_end:
	1208: StMemW dst: r6 src: r0 off: 28 imm: 0
	1209: Ja off: -1 <ret0>
pop:
	1210: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1211: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1212: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1213: MovImm dst: r0 imm: 1
	1214: Exit
have_task:
	1215: MovReg dst: r2 src: r1
	1216: AddImm dst: r2 imm: 1
	1217: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1218: MovReg dst: r8 src: r1
	1219: AndImm dst: r8 imm: 511
	1220: LShImm dst: r8 imm: 5
	1221: AddReg dst: r8 src: r6
	1222: AddImm dst: r8 imm: 512
	1223: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1224: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1225: LoadMapPtr dst: r1 fd: 4
	1227: MovReg dst: r2 src: rfp
	1228: AddImm dst: r2 imm: -8
	1229: Call FnMapLookupElem
	1230: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1231: MovReg dst: r7 src: r0
	1232: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1233: JEqImm dst: r1 off: -1 imm: 0 <read>
	1234: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1235: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1236: Ja off: -1 <start_scan>
read:
	1237: MovReg dst: r1 src: r6
	1238: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1239: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1240: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1241: MovImm dst: r5 imm: 1
	1242: Call -1 <read_item>
	1243: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1244: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1245: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1246: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1247: AddReg dst: r2 src: r0
	1248: MovReg dst: r1 src: r0
start_scan:
	1249: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1250: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1251: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1252: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1253: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1254: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1255: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1256: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1257: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1258: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1259: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1260: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1261: StMemW dst: r6 src: r0 off: 44 imm: 0
	1262: StMemW dst: r6 src: r0 off: 28 imm: 1
	1263: Ja off: -1 <scan>
ret0:
	1264: MovImm dst: r0 imm: 0
	1265: Exit
read_item:
	1266: MovReg dst: r6 src: r1
	1267: MovReg dst: r9 src: r2
	1268: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1269: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1270: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1271: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1272: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1273: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1274: LoadMapPtr dst: r1 fd: 4
	1276: MovReg dst: r2 src: rfp
	1277: AddImm dst: r2 imm: -8
	1278: Call FnMapLookupElem
	1279: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1280: MovReg dst: r7 src: r0
	1281: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1282: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1283: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1284: MulReg dst: r1 src: r2
	1285: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1286: MovImm dst: r1 imm: 65535
ri_asked:
	1287: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1288: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1289: MovReg dst: r3 src: r2
	1290: LShImm dst: r3 imm: 40
	1291: MovReg dst: r1 src: r9
	1292: XorReg dst: r1 src: r3
	1293: LdImmDW dst: r3 imm: -7046029254386353131
	1295: MulReg dst: r1 src: r3
	1296: RShImm dst: r1 imm: 54
	1297: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1298: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1299: MovReg dst: r4 src: r1
	1300: AddImm dst: r4 imm: 0
	1301: AndImm dst: r4 imm: 1023
	1302: LShImm dst: r4 imm: 5
	1303: AddReg dst: r4 src: r6
	1304: AddImm dst: r4 imm: 16896
	1305: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1306: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1307: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1308: JNEReg dst: r5 off: -1 src: r9 <dedup_next_58>
	1309: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1310: JNEReg dst: r5 off: -1 src: r2 <dedup_next_58>
	1311: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1312: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1313: Ja off: -1 <dedup_insert>
dedup_next_58:
	1314: MovReg dst: r4 src: r1
	1315: AddImm dst: r4 imm: 1
	1316: AndImm dst: r4 imm: 1023
	1317: LShImm dst: r4 imm: 5
	1318: AddReg dst: r4 src: r6
	1319: AddImm dst: r4 imm: 16896
	1320: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1321: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1322: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1323: JNEReg dst: r5 off: -1 src: r9 <dedup_next_59>
	1324: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1325: JNEReg dst: r5 off: -1 src: r2 <dedup_next_59>
	1326: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1327: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1328: Ja off: -1 <dedup_insert>
dedup_next_59:
	1329: MovReg dst: r4 src: r1
	1330: AddImm dst: r4 imm: 2
	1331: AndImm dst: r4 imm: 1023
	1332: LShImm dst: r4 imm: 5
	1333: AddReg dst: r4 src: r6
	1334: AddImm dst: r4 imm: 16896
	1335: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1336: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1337: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1338: JNEReg dst: r5 off: -1 src: r9 <dedup_next_60>
	1339: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1340: JNEReg dst: r5 off: -1 src: r2 <dedup_next_60>
	1341: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1342: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1343: Ja off: -1 <dedup_insert>
dedup_next_60:
	1344: MovReg dst: r4 src: r1
	1345: AddImm dst: r4 imm: 3
	1346: AndImm dst: r4 imm: 1023
	1347: LShImm dst: r4 imm: 5
	1348: AddReg dst: r4 src: r6
	1349: AddImm dst: r4 imm: 16896
	1350: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1351: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1352: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1353: JNEReg dst: r5 off: -1 src: r9 <dedup_next_61>
	1354: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1355: JNEReg dst: r5 off: -1 src: r2 <dedup_next_61>
	1356: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1357: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1358: Ja off: -1 <dedup_insert>
dedup_next_61:
	1359: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1360: OrImm dst: r1 imm: 1
	1361: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1362: Ja off: -1 <ri_none>
dedup_insert:
	1363: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1364: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1365: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1366: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1367: MovImm dst: r1 imm: 4200
	1368: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1369: SubReg dst: r1 src: r2
	1370: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1371: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1372: AndImm dst: r1 imm: -8
	1373: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1374: MovReg dst: r3 src: r1
	1375: StMemW dst: r6 src: r0 off: 84 imm: 1
	1376: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1377: OrImm dst: r1 imm: 1
	1378: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1379: Ja off: -1 <ri_prefix>
ri_no_room:
	1380: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1381: OrImm dst: r1 imm: 1
	1382: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1383: Ja off: -1 <ri_none>
ri_room:
	1384: DivReg dst: r1 src: r2
	1385: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1386: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1387: MovReg dst: r3 src: r1
	1388: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1389: OrImm dst: r1 imm: 1
	1390: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1391: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1392: MulReg dst: r3 src: r2
ri_prefix:
	1393: AndImm dst: r3 imm: 65535
	1394: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1395: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1396: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1397: AndImm dst: r1 imm: 65535
	1398: AddReg dst: r1 src: r6
	1399: AddImm dst: r1 imm: 49664
	1400: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1401: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1402: StMemW dst: r1 src: r0 off: 4 imm: 0
	1403: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1404: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1405: MovReg dst: r2 src: r3
	1406: AddImm dst: r2 imm: 7
	1407: AndImm dst: r2 imm: -8
	1408: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1409: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1410: AddImm dst: r2 imm: 1
	1411: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1412: AddImm dst: r1 imm: 24
	1413: MovReg dst: r2 src: r3
	1414: MovReg dst: r3 src: r9
	1415: Call FnProbeReadUser
	1416: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1417: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1418: AndImm dst: r1 imm: 65535
	1419: AddReg dst: r1 src: r6
	1420: AddImm dst: r1 imm: 49664
	1421: StMemW dst: r1 src: r0 off: 4 imm: 1
	1422: StMemW dst: r1 src: r0 off: 16 imm: 0
	1423: StMemW dst: r1 src: r0 off: 20 imm: 0
	1424: MovImm dst: r2 imm: 0
	1425: Ja off: -1 <ri_advance>
ri_read:
	1426: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1427: AddImm dst: r2 imm: 7
	1428: AndImm dst: r2 imm: -8
ri_advance:
	1429: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1430: AddImm dst: r1 imm: 24
	1431: MovReg dst: r0 src: r1
	1432: AddReg dst: r1 src: r2
	1433: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1434: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1435: AddImm dst: r1 imm: 24
	1436: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1437: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1438: AddReg dst: r1 src: r2
	1439: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1440: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1441: Exit
ri_static:
	1442: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1443: AndImm dst: r1 imm: 65535
	1444: AddReg dst: r1 src: r6
	1445: AddImm dst: r1 imm: 49664
	1446: StMemW dst: r1 src: r0 off: 4 imm: 128
	1447: StMemW dst: r1 src: r0 off: 20 imm: 0
	1448: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1449: AddImm dst: r1 imm: 24
	1450: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1451: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1452: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1453: AddImm dst: r2 imm: 31
	1454: AndImm dst: r2 imm: -8
	1455: AddReg dst: r1 src: r2
	1456: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1457: MovImm dst: r0 imm: -1
	1458: Exit
