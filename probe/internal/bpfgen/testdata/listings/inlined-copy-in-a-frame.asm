	   0: MovReg dst: r6 src: r1
	   1: Call FnGetSmpProcessorId
	   2: MovReg dst: r1 src: r0
	   3: StXMemW dst: rfp src: r1 off: -8 imm: 0
	   4: LoadMapPtr dst: r1 fd: 3
	   6: MovReg dst: r2 src: rfp
	   7: AddImm dst: r2 imm: -8
	   8: Call FnMapLookupElem
	   9: JEqImm dst: r0 off: -1 imm: 0 <exit>
	  10: MovReg dst: r8 src: r0
	  11: MovReg dst: r7 src: r0
	  12: AddImm dst: r7 imm: 49664
	  13: LdXMemW dst: r1 src: r8 off: 0 imm: 0
	  14: JNEImm dst: r1 off: -1 imm: 0 <drop_unowned>
	  15: StMemW dst: r8 src: r0 off: 0 imm: 1
	  16: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	  17: AddImm dst: r1 imm: 1
	  18: StXMemW dst: r8 src: r1 off: 4 imm: 0
	  19: StMemW dst: r8 src: r0 off: 8 imm: 352
	  20: StMemW dst: r8 src: r0 off: 80 imm: 352
	  21: StMemW dst: r8 src: r0 off: 12 imm: 2
	  22: StMemW dst: r8 src: r0 off: 16 imm: 0
	  23: StMemW dst: r8 src: r0 off: 20 imm: 0
	  24: StMemW dst: r8 src: r0 off: 24 imm: 0
	  25: StMemW dst: r8 src: r0 off: 28 imm: 0
	  26: StMemH dst: r7 src: r0 off: 4 imm: 2
	  27: StMemH dst: r7 src: r0 off: 6 imm: 1
	  28: StMemB dst: r7 src: r0 off: 8 imm: 0
	  29: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  30: MovReg dst: r1 src: r8
	  31: AddImm dst: r1 imm: 128
	  32: MovImm dst: r2 imm: 152
	  33: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  34: AddImm dst: r3 imm: 8
	  35: Call FnProbeReadUser
	  36: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  37: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  38: Call FnKtimeGetNs
	  39: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  40: MovReg dst: r1 src: r6
	  41: Call FnGetAttachCookie
	  42: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  43: StMemH dst: r7 src: r0 off: 10 imm: 1
	  44: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  45: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  46: SubReg dst: r2 src: r3
	  47: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  48: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  49: MovImm dst: r2 imm: 2048
	  50: Ja off: -1 <window_sized>
window_none:
	  51: MovImm dst: r2 imm: 0
window_sized:
	  52: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  53: MovReg dst: r1 src: r8
	  54: AddImm dst: r1 imm: 180992
	  55: Call FnProbeReadUser
	  56: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  57: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  58: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  59: AddImm dst: r9 imm: 24
	  60: MovReg dst: r1 src: r9
	  61: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  62: SubReg dst: r1 src: r2
	  63: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  64: MovReg dst: r2 src: r1
	  65: AddImm dst: r2 imm: 16
	  66: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  67: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  68: AddReg dst: r1 src: r8
	  69: AddImm dst: r1 imm: 180992
	  70: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  71: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  72: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  73: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  74: Ja off: -1 <frame_got_2>
frame_read_1:
	  75: MovReg dst: r1 src: r8
	  76: AddImm dst: r1 imm: 64
	  77: MovImm dst: r2 imm: 16
	  78: MovReg dst: r3 src: r9
	  79: Call FnProbeReadUser
	  80: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	  81: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	  82: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	  83: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	  84: LdXMemDW dst: r9 src: r8 off: 64 imm: 0
	  85: StMemH dst: r7 src: r0 off: 10 imm: 2
	  86: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	  87: MovReg dst: r1 src: r9
	  88: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  89: SubReg dst: r1 src: r2
	  90: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	  91: MovReg dst: r2 src: r1
	  92: AddImm dst: r2 imm: 16
	  93: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  94: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	  95: AddReg dst: r1 src: r8
	  96: AddImm dst: r1 imm: 180992
	  97: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  98: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  99: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 100: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 101: Ja off: -1 <frame_got_4>
frame_read_3:
	 102: MovReg dst: r1 src: r8
	 103: AddImm dst: r1 imm: 64
	 104: MovImm dst: r2 imm: 16
	 105: MovReg dst: r3 src: r9
	 106: Call FnProbeReadUser
	 107: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 108: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 109: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 110: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 111: StMemH dst: r7 src: r0 off: 10 imm: 3
	 112: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 113: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 114: MovReg dst: r9 src: r1
	 115: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
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
	 137: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 138: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 139: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 140: StMemH dst: r7 src: r0 off: 10 imm: 4
	 141: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 142: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 143: MovReg dst: r9 src: r1
	 144: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 145: MovReg dst: r1 src: r9
	 146: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 147: SubReg dst: r1 src: r2
	 148: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 149: MovReg dst: r2 src: r1
	 150: AddImm dst: r2 imm: 16
	 151: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 152: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 153: AddReg dst: r1 src: r8
	 154: AddImm dst: r1 imm: 180992
	 155: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 156: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 157: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 158: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 159: Ja off: -1 <frame_got_8>
frame_read_7:
	 160: MovReg dst: r1 src: r8
	 161: AddImm dst: r1 imm: 64
	 162: MovImm dst: r2 imm: 16
	 163: MovReg dst: r3 src: r9
	 164: Call FnProbeReadUser
	 165: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 166: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 167: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 168: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 169: StMemH dst: r7 src: r0 off: 10 imm: 5
	 170: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 171: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 172: MovReg dst: r9 src: r1
	 173: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 174: MovReg dst: r1 src: r9
	 175: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 176: SubReg dst: r1 src: r2
	 177: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 178: MovReg dst: r2 src: r1
	 179: AddImm dst: r2 imm: 16
	 180: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 181: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 182: AddReg dst: r1 src: r8
	 183: AddImm dst: r1 imm: 180992
	 184: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 185: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 186: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 187: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 188: Ja off: -1 <frame_got_10>
frame_read_9:
	 189: MovReg dst: r1 src: r8
	 190: AddImm dst: r1 imm: 64
	 191: MovImm dst: r2 imm: 16
	 192: MovReg dst: r3 src: r9
	 193: Call FnProbeReadUser
	 194: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 195: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 196: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 197: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 198: StMemH dst: r7 src: r0 off: 10 imm: 6
	 199: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 200: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 201: MovReg dst: r9 src: r1
	 202: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 203: MovReg dst: r1 src: r9
	 204: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 205: SubReg dst: r1 src: r2
	 206: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 207: MovReg dst: r2 src: r1
	 208: AddImm dst: r2 imm: 16
	 209: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 210: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 211: AddReg dst: r1 src: r8
	 212: AddImm dst: r1 imm: 180992
	 213: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 214: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 215: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 216: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 217: Ja off: -1 <frame_got_12>
frame_read_11:
	 218: MovReg dst: r1 src: r8
	 219: AddImm dst: r1 imm: 64
	 220: MovImm dst: r2 imm: 16
	 221: MovReg dst: r3 src: r9
	 222: Call FnProbeReadUser
	 223: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 224: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 225: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 226: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 227: StMemH dst: r7 src: r0 off: 10 imm: 7
	 228: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 229: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 230: MovReg dst: r9 src: r1
	 231: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 232: MovReg dst: r1 src: r9
	 233: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 234: SubReg dst: r1 src: r2
	 235: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 236: MovReg dst: r2 src: r1
	 237: AddImm dst: r2 imm: 16
	 238: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 239: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 240: AddReg dst: r1 src: r8
	 241: AddImm dst: r1 imm: 180992
	 242: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 243: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 244: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 245: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 246: Ja off: -1 <frame_got_14>
frame_read_13:
	 247: MovReg dst: r1 src: r8
	 248: AddImm dst: r1 imm: 64
	 249: MovImm dst: r2 imm: 16
	 250: MovReg dst: r3 src: r9
	 251: Call FnProbeReadUser
	 252: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 253: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 254: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 255: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 256: StMemH dst: r7 src: r0 off: 10 imm: 8
	 257: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 258: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 259: MovReg dst: r9 src: r1
	 260: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 261: MovReg dst: r1 src: r9
	 262: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 263: SubReg dst: r1 src: r2
	 264: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 265: MovReg dst: r2 src: r1
	 266: AddImm dst: r2 imm: 16
	 267: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 268: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 269: AddReg dst: r1 src: r8
	 270: AddImm dst: r1 imm: 180992
	 271: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 272: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 273: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 274: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 275: Ja off: -1 <frame_got_16>
frame_read_15:
	 276: MovReg dst: r1 src: r8
	 277: AddImm dst: r1 imm: 64
	 278: MovImm dst: r2 imm: 16
	 279: MovReg dst: r3 src: r9
	 280: Call FnProbeReadUser
	 281: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 282: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 283: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 284: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 285: StMemH dst: r7 src: r0 off: 10 imm: 9
	 286: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 287: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 288: MovReg dst: r9 src: r1
	 289: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 290: MovReg dst: r1 src: r9
	 291: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 292: SubReg dst: r1 src: r2
	 293: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 294: MovReg dst: r2 src: r1
	 295: AddImm dst: r2 imm: 16
	 296: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 297: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 298: AddReg dst: r1 src: r8
	 299: AddImm dst: r1 imm: 180992
	 300: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 301: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 302: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 303: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 304: Ja off: -1 <frame_got_18>
frame_read_17:
	 305: MovReg dst: r1 src: r8
	 306: AddImm dst: r1 imm: 64
	 307: MovImm dst: r2 imm: 16
	 308: MovReg dst: r3 src: r9
	 309: Call FnProbeReadUser
	 310: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 311: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 312: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 313: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 314: StMemH dst: r7 src: r0 off: 10 imm: 10
	 315: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 316: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 317: MovReg dst: r9 src: r1
	 318: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 319: MovReg dst: r1 src: r9
	 320: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 321: SubReg dst: r1 src: r2
	 322: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 323: MovReg dst: r2 src: r1
	 324: AddImm dst: r2 imm: 16
	 325: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 326: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 327: AddReg dst: r1 src: r8
	 328: AddImm dst: r1 imm: 180992
	 329: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 330: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 331: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 332: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 333: Ja off: -1 <frame_got_20>
frame_read_19:
	 334: MovReg dst: r1 src: r8
	 335: AddImm dst: r1 imm: 64
	 336: MovImm dst: r2 imm: 16
	 337: MovReg dst: r3 src: r9
	 338: Call FnProbeReadUser
	 339: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 340: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 341: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 342: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 343: StMemH dst: r7 src: r0 off: 10 imm: 11
	 344: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 345: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 346: MovReg dst: r9 src: r1
	 347: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 348: MovReg dst: r1 src: r9
	 349: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 350: SubReg dst: r1 src: r2
	 351: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 352: MovReg dst: r2 src: r1
	 353: AddImm dst: r2 imm: 16
	 354: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 355: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 356: AddReg dst: r1 src: r8
	 357: AddImm dst: r1 imm: 180992
	 358: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 359: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 360: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 361: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 362: Ja off: -1 <frame_got_22>
frame_read_21:
	 363: MovReg dst: r1 src: r8
	 364: AddImm dst: r1 imm: 64
	 365: MovImm dst: r2 imm: 16
	 366: MovReg dst: r3 src: r9
	 367: Call FnProbeReadUser
	 368: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 369: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 370: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 371: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 372: StMemH dst: r7 src: r0 off: 10 imm: 12
	 373: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 374: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 375: MovReg dst: r9 src: r1
	 376: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 377: MovReg dst: r1 src: r9
	 378: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 379: SubReg dst: r1 src: r2
	 380: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 381: MovReg dst: r2 src: r1
	 382: AddImm dst: r2 imm: 16
	 383: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 384: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 385: AddReg dst: r1 src: r8
	 386: AddImm dst: r1 imm: 180992
	 387: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 388: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 389: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 390: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 391: Ja off: -1 <frame_got_24>
frame_read_23:
	 392: MovReg dst: r1 src: r8
	 393: AddImm dst: r1 imm: 64
	 394: MovImm dst: r2 imm: 16
	 395: MovReg dst: r3 src: r9
	 396: Call FnProbeReadUser
	 397: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 398: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 399: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 400: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 401: StMemH dst: r7 src: r0 off: 10 imm: 13
	 402: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 403: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 404: MovReg dst: r9 src: r1
	 405: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 406: MovReg dst: r1 src: r9
	 407: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 408: SubReg dst: r1 src: r2
	 409: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 410: MovReg dst: r2 src: r1
	 411: AddImm dst: r2 imm: 16
	 412: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 413: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 414: AddReg dst: r1 src: r8
	 415: AddImm dst: r1 imm: 180992
	 416: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 417: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 418: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 419: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 420: Ja off: -1 <frame_got_26>
frame_read_25:
	 421: MovReg dst: r1 src: r8
	 422: AddImm dst: r1 imm: 64
	 423: MovImm dst: r2 imm: 16
	 424: MovReg dst: r3 src: r9
	 425: Call FnProbeReadUser
	 426: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 427: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 428: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 429: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 430: StMemH dst: r7 src: r0 off: 10 imm: 14
	 431: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 432: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 433: MovReg dst: r9 src: r1
	 434: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 435: MovReg dst: r1 src: r9
	 436: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 437: SubReg dst: r1 src: r2
	 438: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 439: MovReg dst: r2 src: r1
	 440: AddImm dst: r2 imm: 16
	 441: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 442: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 443: AddReg dst: r1 src: r8
	 444: AddImm dst: r1 imm: 180992
	 445: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 446: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 447: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 448: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 449: Ja off: -1 <frame_got_28>
frame_read_27:
	 450: MovReg dst: r1 src: r8
	 451: AddImm dst: r1 imm: 64
	 452: MovImm dst: r2 imm: 16
	 453: MovReg dst: r3 src: r9
	 454: Call FnProbeReadUser
	 455: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 456: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 457: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 458: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 459: StMemH dst: r7 src: r0 off: 10 imm: 15
	 460: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 461: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 462: MovReg dst: r9 src: r1
	 463: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 464: MovReg dst: r1 src: r9
	 465: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 466: SubReg dst: r1 src: r2
	 467: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 468: MovReg dst: r2 src: r1
	 469: AddImm dst: r2 imm: 16
	 470: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 471: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 472: AddReg dst: r1 src: r8
	 473: AddImm dst: r1 imm: 180992
	 474: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 475: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 476: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 477: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 478: Ja off: -1 <frame_got_30>
frame_read_29:
	 479: MovReg dst: r1 src: r8
	 480: AddImm dst: r1 imm: 64
	 481: MovImm dst: r2 imm: 16
	 482: MovReg dst: r3 src: r9
	 483: Call FnProbeReadUser
	 484: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 485: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 486: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 487: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 488: StMemH dst: r7 src: r0 off: 10 imm: 16
	 489: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 490: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 491: MovReg dst: r9 src: r1
	 492: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 493: MovReg dst: r1 src: r9
	 494: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 495: SubReg dst: r1 src: r2
	 496: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 497: MovReg dst: r2 src: r1
	 498: AddImm dst: r2 imm: 16
	 499: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 500: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 501: AddReg dst: r1 src: r8
	 502: AddImm dst: r1 imm: 180992
	 503: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 504: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 505: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 506: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 507: Ja off: -1 <frame_got_32>
frame_read_31:
	 508: MovReg dst: r1 src: r8
	 509: AddImm dst: r1 imm: 64
	 510: MovImm dst: r2 imm: 16
	 511: MovReg dst: r3 src: r9
	 512: Call FnProbeReadUser
	 513: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
	 514: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 515: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 516: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 517: StMemH dst: r7 src: r0 off: 10 imm: 17
	 518: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 519: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 520: MovReg dst: r9 src: r1
	 521: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 522: MovReg dst: r1 src: r9
	 523: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 524: SubReg dst: r1 src: r2
	 525: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 526: MovReg dst: r2 src: r1
	 527: AddImm dst: r2 imm: 16
	 528: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 529: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 530: AddReg dst: r1 src: r8
	 531: AddImm dst: r1 imm: 180992
	 532: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 533: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 534: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 535: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 536: Ja off: -1 <frame_got_34>
frame_read_33:
	 537: MovReg dst: r1 src: r8
	 538: AddImm dst: r1 imm: 64
	 539: MovImm dst: r2 imm: 16
	 540: MovReg dst: r3 src: r9
	 541: Call FnProbeReadUser
	 542: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 543: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 544: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 545: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 546: StMemH dst: r7 src: r0 off: 10 imm: 18
	 547: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 548: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 549: MovReg dst: r9 src: r1
	 550: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 551: MovReg dst: r1 src: r9
	 552: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 553: SubReg dst: r1 src: r2
	 554: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_35>
	 555: MovReg dst: r2 src: r1
	 556: AddImm dst: r2 imm: 16
	 557: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 558: JGTReg dst: r2 off: -1 src: r3 <frame_read_35>
	 559: AddReg dst: r1 src: r8
	 560: AddImm dst: r1 imm: 180992
	 561: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 562: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 563: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 564: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 565: Ja off: -1 <frame_got_36>
frame_read_35:
	 566: MovReg dst: r1 src: r8
	 567: AddImm dst: r1 imm: 64
	 568: MovImm dst: r2 imm: 16
	 569: MovReg dst: r3 src: r9
	 570: Call FnProbeReadUser
	 571: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_36:
	 572: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 573: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 574: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 575: StMemH dst: r7 src: r0 off: 10 imm: 19
	 576: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 577: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 578: MovReg dst: r9 src: r1
	 579: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 580: MovReg dst: r1 src: r9
	 581: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 582: SubReg dst: r1 src: r2
	 583: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_37>
	 584: MovReg dst: r2 src: r1
	 585: AddImm dst: r2 imm: 16
	 586: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 587: JGTReg dst: r2 off: -1 src: r3 <frame_read_37>
	 588: AddReg dst: r1 src: r8
	 589: AddImm dst: r1 imm: 180992
	 590: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 591: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 592: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 593: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 594: Ja off: -1 <frame_got_38>
frame_read_37:
	 595: MovReg dst: r1 src: r8
	 596: AddImm dst: r1 imm: 64
	 597: MovImm dst: r2 imm: 16
	 598: MovReg dst: r3 src: r9
	 599: Call FnProbeReadUser
	 600: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_38:
	 601: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 602: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 603: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 604: StMemH dst: r7 src: r0 off: 10 imm: 20
	 605: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 606: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 607: MovReg dst: r9 src: r1
	 608: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 609: MovReg dst: r1 src: r9
	 610: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 611: SubReg dst: r1 src: r2
	 612: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_39>
	 613: MovReg dst: r2 src: r1
	 614: AddImm dst: r2 imm: 16
	 615: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 616: JGTReg dst: r2 off: -1 src: r3 <frame_read_39>
	 617: AddReg dst: r1 src: r8
	 618: AddImm dst: r1 imm: 180992
	 619: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 620: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 621: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 622: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 623: Ja off: -1 <frame_got_40>
frame_read_39:
	 624: MovReg dst: r1 src: r8
	 625: AddImm dst: r1 imm: 64
	 626: MovImm dst: r2 imm: 16
	 627: MovReg dst: r3 src: r9
	 628: Call FnProbeReadUser
	 629: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_40:
	 630: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 631: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 632: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 633: StMemH dst: r7 src: r0 off: 10 imm: 21
	 634: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 635: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 636: MovReg dst: r9 src: r1
	 637: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 638: MovReg dst: r1 src: r9
	 639: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 640: SubReg dst: r1 src: r2
	 641: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_41>
	 642: MovReg dst: r2 src: r1
	 643: AddImm dst: r2 imm: 16
	 644: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 645: JGTReg dst: r2 off: -1 src: r3 <frame_read_41>
	 646: AddReg dst: r1 src: r8
	 647: AddImm dst: r1 imm: 180992
	 648: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 649: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 650: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 651: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 652: Ja off: -1 <frame_got_42>
frame_read_41:
	 653: MovReg dst: r1 src: r8
	 654: AddImm dst: r1 imm: 64
	 655: MovImm dst: r2 imm: 16
	 656: MovReg dst: r3 src: r9
	 657: Call FnProbeReadUser
	 658: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_42:
	 659: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 660: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 661: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 662: StMemH dst: r7 src: r0 off: 10 imm: 22
	 663: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 664: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 665: MovReg dst: r9 src: r1
	 666: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 667: MovReg dst: r1 src: r9
	 668: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 669: SubReg dst: r1 src: r2
	 670: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_43>
	 671: MovReg dst: r2 src: r1
	 672: AddImm dst: r2 imm: 16
	 673: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 674: JGTReg dst: r2 off: -1 src: r3 <frame_read_43>
	 675: AddReg dst: r1 src: r8
	 676: AddImm dst: r1 imm: 180992
	 677: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 678: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 679: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 680: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 681: Ja off: -1 <frame_got_44>
frame_read_43:
	 682: MovReg dst: r1 src: r8
	 683: AddImm dst: r1 imm: 64
	 684: MovImm dst: r2 imm: 16
	 685: MovReg dst: r3 src: r9
	 686: Call FnProbeReadUser
	 687: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_44:
	 688: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 689: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 690: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 691: StMemH dst: r7 src: r0 off: 10 imm: 23
	 692: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 693: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 694: MovReg dst: r9 src: r1
	 695: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 696: MovReg dst: r1 src: r9
	 697: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 698: SubReg dst: r1 src: r2
	 699: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_45>
	 700: MovReg dst: r2 src: r1
	 701: AddImm dst: r2 imm: 16
	 702: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 703: JGTReg dst: r2 off: -1 src: r3 <frame_read_45>
	 704: AddReg dst: r1 src: r8
	 705: AddImm dst: r1 imm: 180992
	 706: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 707: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 708: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 709: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 710: Ja off: -1 <frame_got_46>
frame_read_45:
	 711: MovReg dst: r1 src: r8
	 712: AddImm dst: r1 imm: 64
	 713: MovImm dst: r2 imm: 16
	 714: MovReg dst: r3 src: r9
	 715: Call FnProbeReadUser
	 716: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_46:
	 717: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 718: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 719: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 720: StMemH dst: r7 src: r0 off: 10 imm: 24
	 721: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 722: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 723: MovReg dst: r9 src: r1
	 724: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 725: MovReg dst: r1 src: r9
	 726: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 727: SubReg dst: r1 src: r2
	 728: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_47>
	 729: MovReg dst: r2 src: r1
	 730: AddImm dst: r2 imm: 16
	 731: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 732: JGTReg dst: r2 off: -1 src: r3 <frame_read_47>
	 733: AddReg dst: r1 src: r8
	 734: AddImm dst: r1 imm: 180992
	 735: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 736: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 737: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 738: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 739: Ja off: -1 <frame_got_48>
frame_read_47:
	 740: MovReg dst: r1 src: r8
	 741: AddImm dst: r1 imm: 64
	 742: MovImm dst: r2 imm: 16
	 743: MovReg dst: r3 src: r9
	 744: Call FnProbeReadUser
	 745: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_48:
	 746: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 747: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 748: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 749: StMemH dst: r7 src: r0 off: 10 imm: 25
	 750: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 751: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 752: MovReg dst: r9 src: r1
	 753: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 754: MovReg dst: r1 src: r9
	 755: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 756: SubReg dst: r1 src: r2
	 757: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_49>
	 758: MovReg dst: r2 src: r1
	 759: AddImm dst: r2 imm: 16
	 760: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 761: JGTReg dst: r2 off: -1 src: r3 <frame_read_49>
	 762: AddReg dst: r1 src: r8
	 763: AddImm dst: r1 imm: 180992
	 764: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 765: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 766: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 767: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 768: Ja off: -1 <frame_got_50>
frame_read_49:
	 769: MovReg dst: r1 src: r8
	 770: AddImm dst: r1 imm: 64
	 771: MovImm dst: r2 imm: 16
	 772: MovReg dst: r3 src: r9
	 773: Call FnProbeReadUser
	 774: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_50:
	 775: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 776: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 777: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 778: StMemH dst: r7 src: r0 off: 10 imm: 26
	 779: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 780: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 781: MovReg dst: r9 src: r1
	 782: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 783: MovReg dst: r1 src: r9
	 784: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 785: SubReg dst: r1 src: r2
	 786: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_51>
	 787: MovReg dst: r2 src: r1
	 788: AddImm dst: r2 imm: 16
	 789: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 790: JGTReg dst: r2 off: -1 src: r3 <frame_read_51>
	 791: AddReg dst: r1 src: r8
	 792: AddImm dst: r1 imm: 180992
	 793: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 794: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 795: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 796: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 797: Ja off: -1 <frame_got_52>
frame_read_51:
	 798: MovReg dst: r1 src: r8
	 799: AddImm dst: r1 imm: 64
	 800: MovImm dst: r2 imm: 16
	 801: MovReg dst: r3 src: r9
	 802: Call FnProbeReadUser
	 803: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_52:
	 804: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 805: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 806: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 807: StMemH dst: r7 src: r0 off: 10 imm: 27
	 808: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 809: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 810: MovReg dst: r9 src: r1
	 811: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 812: MovReg dst: r1 src: r9
	 813: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 814: SubReg dst: r1 src: r2
	 815: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_53>
	 816: MovReg dst: r2 src: r1
	 817: AddImm dst: r2 imm: 16
	 818: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 819: JGTReg dst: r2 off: -1 src: r3 <frame_read_53>
	 820: AddReg dst: r1 src: r8
	 821: AddImm dst: r1 imm: 180992
	 822: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 823: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 824: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 825: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 826: Ja off: -1 <frame_got_54>
frame_read_53:
	 827: MovReg dst: r1 src: r8
	 828: AddImm dst: r1 imm: 64
	 829: MovImm dst: r2 imm: 16
	 830: MovReg dst: r3 src: r9
	 831: Call FnProbeReadUser
	 832: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_54:
	 833: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 834: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 835: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 836: StMemH dst: r7 src: r0 off: 10 imm: 28
	 837: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 838: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 839: MovReg dst: r9 src: r1
	 840: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 841: MovReg dst: r1 src: r9
	 842: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 843: SubReg dst: r1 src: r2
	 844: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_55>
	 845: MovReg dst: r2 src: r1
	 846: AddImm dst: r2 imm: 16
	 847: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 848: JGTReg dst: r2 off: -1 src: r3 <frame_read_55>
	 849: AddReg dst: r1 src: r8
	 850: AddImm dst: r1 imm: 180992
	 851: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 852: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 853: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 854: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 855: Ja off: -1 <frame_got_56>
frame_read_55:
	 856: MovReg dst: r1 src: r8
	 857: AddImm dst: r1 imm: 64
	 858: MovImm dst: r2 imm: 16
	 859: MovReg dst: r3 src: r9
	 860: Call FnProbeReadUser
	 861: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_56:
	 862: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 863: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 864: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 865: StMemH dst: r7 src: r0 off: 10 imm: 29
	 866: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 867: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 868: MovReg dst: r9 src: r1
	 869: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 870: MovReg dst: r1 src: r9
	 871: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 872: SubReg dst: r1 src: r2
	 873: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_57>
	 874: MovReg dst: r2 src: r1
	 875: AddImm dst: r2 imm: 16
	 876: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 877: JGTReg dst: r2 off: -1 src: r3 <frame_read_57>
	 878: AddReg dst: r1 src: r8
	 879: AddImm dst: r1 imm: 180992
	 880: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 881: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 882: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 883: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 884: Ja off: -1 <frame_got_58>
frame_read_57:
	 885: MovReg dst: r1 src: r8
	 886: AddImm dst: r1 imm: 64
	 887: MovImm dst: r2 imm: 16
	 888: MovReg dst: r3 src: r9
	 889: Call FnProbeReadUser
	 890: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_58:
	 891: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 892: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 893: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 894: StMemH dst: r7 src: r0 off: 10 imm: 30
	 895: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 896: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 897: MovReg dst: r9 src: r1
	 898: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 899: MovReg dst: r1 src: r9
	 900: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 901: SubReg dst: r1 src: r2
	 902: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_59>
	 903: MovReg dst: r2 src: r1
	 904: AddImm dst: r2 imm: 16
	 905: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 906: JGTReg dst: r2 off: -1 src: r3 <frame_read_59>
	 907: AddReg dst: r1 src: r8
	 908: AddImm dst: r1 imm: 180992
	 909: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 910: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 911: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 912: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 913: Ja off: -1 <frame_got_60>
frame_read_59:
	 914: MovReg dst: r1 src: r8
	 915: AddImm dst: r1 imm: 64
	 916: MovImm dst: r2 imm: 16
	 917: MovReg dst: r3 src: r9
	 918: Call FnProbeReadUser
	 919: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_60:
	 920: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 921: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 922: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 923: StMemH dst: r7 src: r0 off: 10 imm: 31
	 924: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 925: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 926: MovReg dst: r9 src: r1
	 927: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 928: MovReg dst: r1 src: r9
	 929: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 930: SubReg dst: r1 src: r2
	 931: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_61>
	 932: MovReg dst: r2 src: r1
	 933: AddImm dst: r2 imm: 16
	 934: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 935: JGTReg dst: r2 off: -1 src: r3 <frame_read_61>
	 936: AddReg dst: r1 src: r8
	 937: AddImm dst: r1 imm: 180992
	 938: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 939: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 940: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 941: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 942: Ja off: -1 <frame_got_62>
frame_read_61:
	 943: MovReg dst: r1 src: r8
	 944: AddImm dst: r1 imm: 64
	 945: MovImm dst: r2 imm: 16
	 946: MovReg dst: r3 src: r9
	 947: Call FnProbeReadUser
	 948: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_62:
	 949: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 950: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 951: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	 952: StMemH dst: r7 src: r0 off: 10 imm: 32
	 953: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 954: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 955: MovReg dst: r9 src: r1
	 956: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 957: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 958: OrImm dst: r1 imm: 2
	 959: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 960: MovReg dst: r9 src: r7
	 961: AddImm dst: r9 imm: 296
	 962: StMemW dst: r9 src: r0 off: 0 imm: 1
	 963: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 964: StMemW dst: r9 src: r0 off: 4 imm: 0
	 965: StMemW dst: r9 src: r0 off: 16 imm: 8
	 966: StMemW dst: r9 src: r0 off: 20 imm: 8
	 967: MovReg dst: r1 src: r9
	 968: AddImm dst: r1 imm: 24
	 969: MovImm dst: r2 imm: 8
	 970: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	 971: AddImm dst: r3 imm: 16
	 972: Call FnProbeReadUser
	 973: JEqImm dst: r0 off: -1 imm: 0 <root_done_63>
	 974: StMemW dst: r9 src: r0 off: 4 imm: 1
	 975: StMemW dst: r9 src: r0 off: 16 imm: 0
root_done_63:
	 976: MovReg dst: r9 src: r7
	 977: AddImm dst: r9 imm: 328
	 978: StMemW dst: r9 src: r0 off: 0 imm: 1
	 979: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 980: StMemW dst: r9 src: r0 off: 4 imm: 2
	 981: StMemW dst: r9 src: r0 off: 16 imm: 0
	 982: StMemW dst: r9 src: r0 off: 20 imm: 0
emit:
	 983: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 984: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 985: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 986: StXMemW dst: r7 src: r1 off: 12 imm: 0
	 987: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 988: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 989: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 990: MovImm dst: r4 imm: 1
	 991: AndImm dst: r1 imm: 15
	 992: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 993: LoadMapPtr dst: r1 fd: 7
	 995: MovImm dst: r2 imm: 0
	 996: Call FnRingbufQuery
	 997: MovImm dst: r4 imm: 1
	 998: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 999: MovImm dst: r4 imm: 2
wake_chosen:
	1000: LoadMapPtr dst: r1 fd: 7
	1002: MovReg dst: r2 src: r7
	1003: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1004: AndImm dst: r3 imm: 65535
	1005: Call FnRingbufOutput
	1006: StMemW dst: r8 src: r0 off: 0 imm: 0
	1007: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1008: MovImm dst: r1 imm: 2
	1009: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1010: LoadMapPtr dst: r1 fd: 8
	1012: MovReg dst: r2 src: rfp
	1013: AddImm dst: r2 imm: -8
	1014: Call FnMapLookupElem
	1015: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1016: MovImm dst: r1 imm: 1
	1017: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1018: MovImm dst: r0 imm: 0
	1019: Exit
