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
	  57: StMemW dst: r8 src: r0 off: 24 imm: 0
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
	  82: Call FnGetSmpProcessorId
	  83: AddImm dst: r0 imm: 1
	  84: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	  85: LShImm dst: r1 imm: 32
	  86: OrReg dst: r1 src: r0
	  87: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	  88: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  89: LoadMapPtr dst: r1 fd: 6
	  91: MovReg dst: r2 src: rfp
	  92: AddImm dst: r2 imm: -32
	  93: MovReg dst: r3 src: rfp
	  94: AddImm dst: r3 imm: -40
	  95: MovImm dst: r4 imm: 0
	  96: Call FnMapUpdateElem
call_done:
	  97: MovReg dst: r1 src: r6
	  98: Call FnGetAttachCookie
	  99: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	 100: StMemH dst: r7 src: r0 off: 10 imm: 1
	 101: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	 102: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	 103: SubReg dst: r2 src: r3
	 104: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	 105: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	 106: MovImm dst: r2 imm: 2048
	 107: Ja off: -1 <window_sized>
window_none:
	 108: MovImm dst: r2 imm: 0
window_sized:
	 109: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 110: MovReg dst: r1 src: r8
	 111: AddImm dst: r1 imm: 180992
	 112: Call FnProbeReadUser
	 113: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 114: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 115: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 116: MovReg dst: r1 src: r9
	 117: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 118: SubReg dst: r1 src: r2
	 119: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 120: MovReg dst: r2 src: r1
	 121: AddImm dst: r2 imm: 16
	 122: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 123: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 124: AddReg dst: r1 src: r8
	 125: AddImm dst: r1 imm: 180992
	 126: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 127: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 128: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 129: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 130: Ja off: -1 <frame_got_6>
frame_read_5:
	 131: MovReg dst: r1 src: r8
	 132: AddImm dst: r1 imm: 64
	 133: MovImm dst: r2 imm: 16
	 134: MovReg dst: r3 src: r9
	 135: Call FnProbeReadUser
	 136: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 137: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 138: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 139: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 140: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 141: StMemH dst: r7 src: r0 off: 10 imm: 2
	 142: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 143: MovReg dst: r1 src: r9
	 144: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 145: SubReg dst: r1 src: r2
	 146: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 147: MovReg dst: r2 src: r1
	 148: AddImm dst: r2 imm: 16
	 149: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 150: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 151: AddReg dst: r1 src: r8
	 152: AddImm dst: r1 imm: 180992
	 153: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 154: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 155: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 156: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 157: Ja off: -1 <frame_got_8>
frame_read_7:
	 158: MovReg dst: r1 src: r8
	 159: AddImm dst: r1 imm: 64
	 160: MovImm dst: r2 imm: 16
	 161: MovReg dst: r3 src: r9
	 162: Call FnProbeReadUser
	 163: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 164: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 165: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 166: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 167: StMemH dst: r7 src: r0 off: 10 imm: 3
	 168: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 169: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 170: MovReg dst: r9 src: r1
	 171: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 172: MovReg dst: r1 src: r9
	 173: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 174: SubReg dst: r1 src: r2
	 175: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 176: MovReg dst: r2 src: r1
	 177: AddImm dst: r2 imm: 16
	 178: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 179: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 180: AddReg dst: r1 src: r8
	 181: AddImm dst: r1 imm: 180992
	 182: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 183: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 184: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 185: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 186: Ja off: -1 <frame_got_10>
frame_read_9:
	 187: MovReg dst: r1 src: r8
	 188: AddImm dst: r1 imm: 64
	 189: MovImm dst: r2 imm: 16
	 190: MovReg dst: r3 src: r9
	 191: Call FnProbeReadUser
	 192: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 193: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 194: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 195: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 196: StMemH dst: r7 src: r0 off: 10 imm: 4
	 197: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 198: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 199: MovReg dst: r9 src: r1
	 200: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 201: MovReg dst: r1 src: r9
	 202: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 203: SubReg dst: r1 src: r2
	 204: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 205: MovReg dst: r2 src: r1
	 206: AddImm dst: r2 imm: 16
	 207: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 208: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 209: AddReg dst: r1 src: r8
	 210: AddImm dst: r1 imm: 180992
	 211: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 212: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 213: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 214: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 215: Ja off: -1 <frame_got_12>
frame_read_11:
	 216: MovReg dst: r1 src: r8
	 217: AddImm dst: r1 imm: 64
	 218: MovImm dst: r2 imm: 16
	 219: MovReg dst: r3 src: r9
	 220: Call FnProbeReadUser
	 221: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 222: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 223: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 224: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 225: StMemH dst: r7 src: r0 off: 10 imm: 5
	 226: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 227: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 228: MovReg dst: r9 src: r1
	 229: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 230: MovReg dst: r1 src: r9
	 231: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 232: SubReg dst: r1 src: r2
	 233: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 234: MovReg dst: r2 src: r1
	 235: AddImm dst: r2 imm: 16
	 236: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 237: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 238: AddReg dst: r1 src: r8
	 239: AddImm dst: r1 imm: 180992
	 240: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 241: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 242: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 243: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 244: Ja off: -1 <frame_got_14>
frame_read_13:
	 245: MovReg dst: r1 src: r8
	 246: AddImm dst: r1 imm: 64
	 247: MovImm dst: r2 imm: 16
	 248: MovReg dst: r3 src: r9
	 249: Call FnProbeReadUser
	 250: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 251: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 252: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 253: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 254: StMemH dst: r7 src: r0 off: 10 imm: 6
	 255: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 256: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 257: MovReg dst: r9 src: r1
	 258: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 259: MovReg dst: r1 src: r9
	 260: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 261: SubReg dst: r1 src: r2
	 262: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 263: MovReg dst: r2 src: r1
	 264: AddImm dst: r2 imm: 16
	 265: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 266: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 267: AddReg dst: r1 src: r8
	 268: AddImm dst: r1 imm: 180992
	 269: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 270: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 271: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 272: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 273: Ja off: -1 <frame_got_16>
frame_read_15:
	 274: MovReg dst: r1 src: r8
	 275: AddImm dst: r1 imm: 64
	 276: MovImm dst: r2 imm: 16
	 277: MovReg dst: r3 src: r9
	 278: Call FnProbeReadUser
	 279: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 280: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 281: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 282: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 283: StMemH dst: r7 src: r0 off: 10 imm: 7
	 284: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 285: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 286: MovReg dst: r9 src: r1
	 287: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 288: MovReg dst: r1 src: r9
	 289: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 290: SubReg dst: r1 src: r2
	 291: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 292: MovReg dst: r2 src: r1
	 293: AddImm dst: r2 imm: 16
	 294: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 295: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 296: AddReg dst: r1 src: r8
	 297: AddImm dst: r1 imm: 180992
	 298: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 299: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 300: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 301: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 302: Ja off: -1 <frame_got_18>
frame_read_17:
	 303: MovReg dst: r1 src: r8
	 304: AddImm dst: r1 imm: 64
	 305: MovImm dst: r2 imm: 16
	 306: MovReg dst: r3 src: r9
	 307: Call FnProbeReadUser
	 308: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 309: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 310: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 311: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 312: StMemH dst: r7 src: r0 off: 10 imm: 8
	 313: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 314: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 315: MovReg dst: r9 src: r1
	 316: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 317: MovReg dst: r1 src: r9
	 318: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 319: SubReg dst: r1 src: r2
	 320: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 321: MovReg dst: r2 src: r1
	 322: AddImm dst: r2 imm: 16
	 323: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 324: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 325: AddReg dst: r1 src: r8
	 326: AddImm dst: r1 imm: 180992
	 327: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 328: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 329: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 330: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 331: Ja off: -1 <frame_got_20>
frame_read_19:
	 332: MovReg dst: r1 src: r8
	 333: AddImm dst: r1 imm: 64
	 334: MovImm dst: r2 imm: 16
	 335: MovReg dst: r3 src: r9
	 336: Call FnProbeReadUser
	 337: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 338: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 339: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 340: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 341: StMemH dst: r7 src: r0 off: 10 imm: 9
	 342: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 343: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 344: MovReg dst: r9 src: r1
	 345: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 346: MovReg dst: r1 src: r9
	 347: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 348: SubReg dst: r1 src: r2
	 349: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 350: MovReg dst: r2 src: r1
	 351: AddImm dst: r2 imm: 16
	 352: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 353: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 354: AddReg dst: r1 src: r8
	 355: AddImm dst: r1 imm: 180992
	 356: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 357: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 358: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 359: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 360: Ja off: -1 <frame_got_22>
frame_read_21:
	 361: MovReg dst: r1 src: r8
	 362: AddImm dst: r1 imm: 64
	 363: MovImm dst: r2 imm: 16
	 364: MovReg dst: r3 src: r9
	 365: Call FnProbeReadUser
	 366: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 367: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 368: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 369: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 370: StMemH dst: r7 src: r0 off: 10 imm: 10
	 371: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 372: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 373: MovReg dst: r9 src: r1
	 374: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 375: MovReg dst: r1 src: r9
	 376: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 377: SubReg dst: r1 src: r2
	 378: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 379: MovReg dst: r2 src: r1
	 380: AddImm dst: r2 imm: 16
	 381: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 382: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 383: AddReg dst: r1 src: r8
	 384: AddImm dst: r1 imm: 180992
	 385: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 386: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 387: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 388: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 389: Ja off: -1 <frame_got_24>
frame_read_23:
	 390: MovReg dst: r1 src: r8
	 391: AddImm dst: r1 imm: 64
	 392: MovImm dst: r2 imm: 16
	 393: MovReg dst: r3 src: r9
	 394: Call FnProbeReadUser
	 395: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 396: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 397: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 398: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 399: StMemH dst: r7 src: r0 off: 10 imm: 11
	 400: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 401: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 402: MovReg dst: r9 src: r1
	 403: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 404: MovReg dst: r1 src: r9
	 405: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 406: SubReg dst: r1 src: r2
	 407: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 408: MovReg dst: r2 src: r1
	 409: AddImm dst: r2 imm: 16
	 410: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 411: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 412: AddReg dst: r1 src: r8
	 413: AddImm dst: r1 imm: 180992
	 414: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 415: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 416: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 417: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 418: Ja off: -1 <frame_got_26>
frame_read_25:
	 419: MovReg dst: r1 src: r8
	 420: AddImm dst: r1 imm: 64
	 421: MovImm dst: r2 imm: 16
	 422: MovReg dst: r3 src: r9
	 423: Call FnProbeReadUser
	 424: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 425: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 426: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 427: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 428: StMemH dst: r7 src: r0 off: 10 imm: 12
	 429: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 430: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 431: MovReg dst: r9 src: r1
	 432: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 433: MovReg dst: r1 src: r9
	 434: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 435: SubReg dst: r1 src: r2
	 436: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 437: MovReg dst: r2 src: r1
	 438: AddImm dst: r2 imm: 16
	 439: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 440: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 441: AddReg dst: r1 src: r8
	 442: AddImm dst: r1 imm: 180992
	 443: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 444: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 445: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 446: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 447: Ja off: -1 <frame_got_28>
frame_read_27:
	 448: MovReg dst: r1 src: r8
	 449: AddImm dst: r1 imm: 64
	 450: MovImm dst: r2 imm: 16
	 451: MovReg dst: r3 src: r9
	 452: Call FnProbeReadUser
	 453: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 454: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 455: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 456: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 457: StMemH dst: r7 src: r0 off: 10 imm: 13
	 458: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 459: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 460: MovReg dst: r9 src: r1
	 461: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 462: MovReg dst: r1 src: r9
	 463: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 464: SubReg dst: r1 src: r2
	 465: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 466: MovReg dst: r2 src: r1
	 467: AddImm dst: r2 imm: 16
	 468: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 469: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 470: AddReg dst: r1 src: r8
	 471: AddImm dst: r1 imm: 180992
	 472: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 473: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 474: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 475: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 476: Ja off: -1 <frame_got_30>
frame_read_29:
	 477: MovReg dst: r1 src: r8
	 478: AddImm dst: r1 imm: 64
	 479: MovImm dst: r2 imm: 16
	 480: MovReg dst: r3 src: r9
	 481: Call FnProbeReadUser
	 482: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 483: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 484: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 485: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 486: StMemH dst: r7 src: r0 off: 10 imm: 14
	 487: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 488: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 489: MovReg dst: r9 src: r1
	 490: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 491: MovReg dst: r1 src: r9
	 492: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 493: SubReg dst: r1 src: r2
	 494: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 495: MovReg dst: r2 src: r1
	 496: AddImm dst: r2 imm: 16
	 497: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 498: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 499: AddReg dst: r1 src: r8
	 500: AddImm dst: r1 imm: 180992
	 501: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 502: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 503: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 504: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 505: Ja off: -1 <frame_got_32>
frame_read_31:
	 506: MovReg dst: r1 src: r8
	 507: AddImm dst: r1 imm: 64
	 508: MovImm dst: r2 imm: 16
	 509: MovReg dst: r3 src: r9
	 510: Call FnProbeReadUser
	 511: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
	 512: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 513: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 514: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 515: StMemH dst: r7 src: r0 off: 10 imm: 15
	 516: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 517: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 518: MovReg dst: r9 src: r1
	 519: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 520: MovReg dst: r1 src: r9
	 521: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 522: SubReg dst: r1 src: r2
	 523: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 524: MovReg dst: r2 src: r1
	 525: AddImm dst: r2 imm: 16
	 526: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 527: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 528: AddReg dst: r1 src: r8
	 529: AddImm dst: r1 imm: 180992
	 530: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 531: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 532: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 533: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 534: Ja off: -1 <frame_got_34>
frame_read_33:
	 535: MovReg dst: r1 src: r8
	 536: AddImm dst: r1 imm: 64
	 537: MovImm dst: r2 imm: 16
	 538: MovReg dst: r3 src: r9
	 539: Call FnProbeReadUser
	 540: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 541: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 542: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 543: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 544: StMemH dst: r7 src: r0 off: 10 imm: 16
	 545: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 546: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 547: MovReg dst: r9 src: r1
	 548: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 549: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 550: OrImm dst: r1 imm: 2
	 551: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 552: MovReg dst: r9 src: r7
	 553: AddImm dst: r9 imm: 168
	 554: StMemW dst: r9 src: r0 off: 0 imm: 1
	 555: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 556: StMemW dst: r9 src: r0 off: 4 imm: 0
	 557: StMemW dst: r9 src: r0 off: 16 imm: 8
	 558: StMemW dst: r9 src: r0 off: 20 imm: 8
	 559: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 560: MovReg dst: r1 src: r9
	 561: AddImm dst: r1 imm: 24
	 562: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 563: MovReg dst: r9 src: r7
	 564: AddImm dst: r9 imm: 200
	 565: StMemW dst: r9 src: r0 off: 0 imm: 3
	 566: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 567: StMemW dst: r9 src: r0 off: 4 imm: 0
	 568: StMemW dst: r9 src: r0 off: 16 imm: 16
	 569: StMemW dst: r9 src: r0 off: 20 imm: 16
	 570: LdXMemDW dst: r2 src: r6 off: 40 imm: 0
	 571: MovReg dst: r1 src: r9
	 572: AddImm dst: r1 imm: 24
	 573: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 574: LdXMemDW dst: r2 src: r6 off: 88 imm: 0
	 575: MovReg dst: r1 src: r9
	 576: AddImm dst: r1 imm: 32
	 577: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 578: LdXMemDW dst: r2 src: r7 off: 224 imm: 0
	 579: LdXMemDW dst: r4 src: r7 off: 232 imm: 0
	 580: JLEImm dst: r4 off: -1 imm: 255 <direct_capped_35>
	 581: MovImm dst: r4 imm: 255
direct_capped_35:
	 582: MovReg dst: r1 src: r8
	 583: MovImm dst: r3 imm: 2
	 584: MovImm dst: r5 imm: 1
	 585: Call -1 <read_item>
emit:
	 586: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 587: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 588: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 589: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 590: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 591: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 592: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 593: MovImm dst: r4 imm: 1
	 594: AndImm dst: r1 imm: 15
	 595: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 596: LoadMapPtr dst: r1 fd: 7
	 598: MovImm dst: r2 imm: 0
	 599: Call FnRingbufQuery
	 600: MovImm dst: r4 imm: 1
	 601: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 602: MovImm dst: r4 imm: 2
wake_chosen:
	 603: LoadMapPtr dst: r1 fd: 7
	 605: MovReg dst: r2 src: r7
	 606: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 607: AndImm dst: r3 imm: 65535
	 608: Call FnRingbufOutput
	 609: StMemW dst: r8 src: r0 off: 0 imm: 0
	 610: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 611: MovImm dst: r1 imm: 2
	 612: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 613: LoadMapPtr dst: r1 fd: 8
	 615: MovReg dst: r2 src: rfp
	 616: AddImm dst: r2 imm: -8
	 617: Call FnMapLookupElem
	 618: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 619: MovImm dst: r1 imm: 1
	 620: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 621: MovImm dst: r0 imm: 0
	 622: Exit
read_item:
	 623: MovReg dst: r6 src: r1
	 624: MovReg dst: r9 src: r2
	 625: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	 626: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	 627: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	 628: StXMemW dst: r6 src: r3 off: 88 imm: 0
	 629: StXMemW dst: r6 src: r4 off: 92 imm: 0
	 630: StXMemW dst: rfp src: r3 off: -8 imm: 0
	 631: LoadMapPtr dst: r1 fd: 4
	 633: MovReg dst: r2 src: rfp
	 634: AddImm dst: r2 imm: -8
	 635: Call FnMapLookupElem
	 636: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	 637: MovReg dst: r7 src: r0
	 638: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	 639: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	 640: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	 641: MulReg dst: r1 src: r2
	 642: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	 643: MovImm dst: r1 imm: 65535
ri_asked:
	 644: StXMemW dst: r6 src: r1 off: 104 imm: 0
	 645: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	 646: MovReg dst: r3 src: r2
	 647: LShImm dst: r3 imm: 40
	 648: MovReg dst: r1 src: r9
	 649: XorReg dst: r1 src: r3
	 650: LdImmDW dst: r3 imm: -7046029254386353131
	 652: MulReg dst: r1 src: r3
	 653: RShImm dst: r1 imm: 54
	 654: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	 655: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	 656: MovReg dst: r4 src: r1
	 657: AddImm dst: r4 imm: 0
	 658: AndImm dst: r4 imm: 1023
	 659: LShImm dst: r4 imm: 5
	 660: AddReg dst: r4 src: r6
	 661: AddImm dst: r4 imm: 16896
	 662: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 663: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 664: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 665: JNEReg dst: r5 off: -1 src: r9 <dedup_next_36>
	 666: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 667: JNEReg dst: r5 off: -1 src: r2 <dedup_next_36>
	 668: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 669: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 670: Ja off: -1 <dedup_insert>
dedup_next_36:
	 671: MovReg dst: r4 src: r1
	 672: AddImm dst: r4 imm: 1
	 673: AndImm dst: r4 imm: 1023
	 674: LShImm dst: r4 imm: 5
	 675: AddReg dst: r4 src: r6
	 676: AddImm dst: r4 imm: 16896
	 677: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 678: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 679: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 680: JNEReg dst: r5 off: -1 src: r9 <dedup_next_37>
	 681: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 682: JNEReg dst: r5 off: -1 src: r2 <dedup_next_37>
	 683: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 684: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 685: Ja off: -1 <dedup_insert>
dedup_next_37:
	 686: MovReg dst: r4 src: r1
	 687: AddImm dst: r4 imm: 2
	 688: AndImm dst: r4 imm: 1023
	 689: LShImm dst: r4 imm: 5
	 690: AddReg dst: r4 src: r6
	 691: AddImm dst: r4 imm: 16896
	 692: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 693: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 694: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 695: JNEReg dst: r5 off: -1 src: r9 <dedup_next_38>
	 696: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 697: JNEReg dst: r5 off: -1 src: r2 <dedup_next_38>
	 698: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 699: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 700: Ja off: -1 <dedup_insert>
dedup_next_38:
	 701: MovReg dst: r4 src: r1
	 702: AddImm dst: r4 imm: 3
	 703: AndImm dst: r4 imm: 1023
	 704: LShImm dst: r4 imm: 5
	 705: AddReg dst: r4 src: r6
	 706: AddImm dst: r4 imm: 16896
	 707: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 708: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 709: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 710: JNEReg dst: r5 off: -1 src: r9 <dedup_next_39>
	 711: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 712: JNEReg dst: r5 off: -1 src: r2 <dedup_next_39>
	 713: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 714: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 715: Ja off: -1 <dedup_insert>
dedup_next_39:
	 716: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 717: OrImm dst: r1 imm: 1
	 718: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 719: Ja off: -1 <ri_none>
dedup_insert:
	 720: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	 721: StXMemW dst: r4 src: r2 off: 8 imm: 0
	 722: StXMemW dst: r4 src: r0 off: 12 imm: 0
	 723: StXMemW dst: r4 src: r3 off: 16 imm: 0
	 724: MovImm dst: r1 imm: 4200
	 725: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	 726: SubReg dst: r1 src: r2
	 727: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	 728: JSGTReg dst: r3 off: -1 src: r1 <ri_cut>
	 729: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	 730: StXMemW dst: r6 src: r2 off: 84 imm: 0
	 731: Ja off: -1 <ri_prefix>
ri_cut:
	 732: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 733: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	 734: AndImm dst: r1 imm: -8
	 735: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	 736: MovReg dst: r3 src: r1
	 737: StMemW dst: r6 src: r0 off: 84 imm: 1
	 738: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 739: OrImm dst: r1 imm: 1
	 740: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 741: Ja off: -1 <ri_prefix>
ri_no_room:
	 742: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 743: OrImm dst: r1 imm: 1
	 744: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 745: Ja off: -1 <ri_none>
ri_room:
	 746: DivReg dst: r1 src: r2
	 747: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	 748: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	 749: MovReg dst: r3 src: r1
	 750: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 751: OrImm dst: r1 imm: 1
	 752: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	 753: StXMemW dst: r6 src: r3 off: 84 imm: 0
	 754: MulReg dst: r3 src: r2
ri_prefix:
	 755: AndImm dst: r3 imm: 65535
	 756: StXMemW dst: r6 src: r3 off: 100 imm: 0
	 757: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	 758: StXMemW dst: r6 src: r1 off: 96 imm: 0
	 759: AndImm dst: r1 imm: 65535
	 760: AddReg dst: r1 src: r6
	 761: AddImm dst: r1 imm: 49664
	 762: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	 763: StXMemW dst: r1 src: r2 off: 0 imm: 0
	 764: StMemW dst: r1 src: r0 off: 4 imm: 0
	 765: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	 766: StXMemW dst: r1 src: r3 off: 16 imm: 0
	 767: MovReg dst: r2 src: r3
	 768: AddImm dst: r2 imm: 7
	 769: AndImm dst: r2 imm: -8
	 770: StXMemW dst: r1 src: r2 off: 20 imm: 0
	 771: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	 772: AddImm dst: r2 imm: 1
	 773: StXMemW dst: r6 src: r2 off: 12 imm: 0
	 774: AddImm dst: r1 imm: 24
	 775: MovReg dst: r2 src: r3
	 776: MovReg dst: r3 src: r9
	 777: Call FnProbeReadUser
	 778: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	 779: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 780: AndImm dst: r1 imm: 65535
	 781: AddReg dst: r1 src: r6
	 782: AddImm dst: r1 imm: 49664
	 783: StMemW dst: r1 src: r0 off: 4 imm: 1
	 784: StMemW dst: r1 src: r0 off: 16 imm: 0
	 785: StMemW dst: r1 src: r0 off: 20 imm: 0
	 786: MovImm dst: r2 imm: 0
	 787: Ja off: -1 <ri_advance>
ri_read:
	 788: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	 789: AddImm dst: r2 imm: 7
	 790: AndImm dst: r2 imm: -8
ri_advance:
	 791: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 792: AddImm dst: r1 imm: 24
	 793: MovReg dst: r0 src: r1
	 794: AddReg dst: r1 src: r2
	 795: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 796: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	 797: AddImm dst: r1 imm: 24
	 798: StXMemW dst: r6 src: r1 off: 80 imm: 0
	 799: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	 800: AddReg dst: r1 src: r2
	 801: StXMemW dst: r6 src: r1 off: 80 imm: 0
	 802: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	 803: Exit
ri_static:
	 804: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 805: AndImm dst: r1 imm: 65535
	 806: AddReg dst: r1 src: r6
	 807: AddImm dst: r1 imm: 49664
	 808: StMemW dst: r1 src: r0 off: 4 imm: 128
	 809: StMemW dst: r1 src: r0 off: 20 imm: 0
	 810: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 811: AddImm dst: r1 imm: 24
	 812: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 813: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	 814: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	 815: AddImm dst: r2 imm: 31
	 816: AndImm dst: r2 imm: -8
	 817: AddReg dst: r1 src: r2
	 818: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	 819: MovImm dst: r0 imm: -1
	 820: Exit
