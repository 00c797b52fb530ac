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
	  19: StMemW dst: r8 src: r0 off: 8 imm: 224
	  20: StMemW dst: r8 src: r0 off: 80 imm: 224
	  21: StMemW dst: r8 src: r0 off: 12 imm: 2
	  22: StMemW dst: r8 src: r0 off: 16 imm: 0
	  23: StMemW dst: r8 src: r0 off: 20 imm: 0
	  24: StMemW dst: r8 src: r0 off: 24 imm: 0
	  25: StMemW dst: r8 src: r0 off: 28 imm: 0
	  26: StMemH dst: r7 src: r0 off: 4 imm: 2
	  27: StMemH dst: r7 src: r0 off: 6 imm: 1
	  28: StMemB dst: r7 src: r0 off: 8 imm: 0
	  29: StMemH dst: r7 src: r0 off: 14 imm: 16
	  30: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  31: MovReg dst: r1 src: r8
	  32: AddImm dst: r1 imm: 128
	  33: MovImm dst: r2 imm: 152
	  34: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  35: AddImm dst: r3 imm: 8
	  36: Call FnProbeReadUser
	  37: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  38: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  39: Call FnKtimeGetNs
	  40: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  41: MovReg dst: r1 src: r6
	  42: Call FnGetAttachCookie
	  43: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  44: StMemH dst: r7 src: r0 off: 10 imm: 1
	  45: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  46: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  47: SubReg dst: r2 src: r3
	  48: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  49: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  50: MovImm dst: r2 imm: 2048
	  51: Ja off: -1 <window_sized>
window_none:
	  52: MovImm dst: r2 imm: 0
window_sized:
	  53: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  54: MovReg dst: r1 src: r8
	  55: AddImm dst: r1 imm: 180992
	  56: Call FnProbeReadUser
	  57: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  58: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  59: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  60: AddImm dst: r9 imm: 24
	  61: MovReg dst: r1 src: r9
	  62: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  63: SubReg dst: r1 src: r2
	  64: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  65: MovReg dst: r2 src: r1
	  66: AddImm dst: r2 imm: 16
	  67: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  68: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  69: AddReg dst: r1 src: r8
	  70: AddImm dst: r1 imm: 180992
	  71: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  72: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  73: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  74: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  75: Ja off: -1 <frame_got_2>
frame_read_1:
	  76: MovReg dst: r1 src: r8
	  77: AddImm dst: r1 imm: 64
	  78: MovImm dst: r2 imm: 16
	  79: MovReg dst: r3 src: r9
	  80: Call FnProbeReadUser
	  81: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	  82: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	  83: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	  84: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	  85: LdXMemDW dst: r9 src: r8 off: 64 imm: 0
	  86: StMemH dst: r7 src: r0 off: 10 imm: 2
	  87: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	  88: MovReg dst: r1 src: r9
	  89: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  90: SubReg dst: r1 src: r2
	  91: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	  92: MovReg dst: r2 src: r1
	  93: AddImm dst: r2 imm: 16
	  94: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  95: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	  96: AddReg dst: r1 src: r8
	  97: AddImm dst: r1 imm: 180992
	  98: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  99: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 100: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 101: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 102: Ja off: -1 <frame_got_4>
frame_read_3:
	 103: MovReg dst: r1 src: r8
	 104: AddImm dst: r1 imm: 64
	 105: MovImm dst: r2 imm: 16
	 106: MovReg dst: r3 src: r9
	 107: Call FnProbeReadUser
	 108: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 109: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 110: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 111: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 112: StMemH dst: r7 src: r0 off: 10 imm: 3
	 113: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 114: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 115: MovReg dst: r9 src: r1
	 116: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 117: MovReg dst: r1 src: r9
	 118: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 119: SubReg dst: r1 src: r2
	 120: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 121: MovReg dst: r2 src: r1
	 122: AddImm dst: r2 imm: 16
	 123: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 124: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 125: AddReg dst: r1 src: r8
	 126: AddImm dst: r1 imm: 180992
	 127: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 128: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 129: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 130: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 131: Ja off: -1 <frame_got_6>
frame_read_5:
	 132: MovReg dst: r1 src: r8
	 133: AddImm dst: r1 imm: 64
	 134: MovImm dst: r2 imm: 16
	 135: MovReg dst: r3 src: r9
	 136: Call FnProbeReadUser
	 137: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 138: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 139: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 140: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 141: StMemH dst: r7 src: r0 off: 10 imm: 4
	 142: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 143: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 144: MovReg dst: r9 src: r1
	 145: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 146: MovReg dst: r1 src: r9
	 147: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 148: SubReg dst: r1 src: r2
	 149: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 150: MovReg dst: r2 src: r1
	 151: AddImm dst: r2 imm: 16
	 152: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 153: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 154: AddReg dst: r1 src: r8
	 155: AddImm dst: r1 imm: 180992
	 156: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 157: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 158: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 159: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 160: Ja off: -1 <frame_got_8>
frame_read_7:
	 161: MovReg dst: r1 src: r8
	 162: AddImm dst: r1 imm: 64
	 163: MovImm dst: r2 imm: 16
	 164: MovReg dst: r3 src: r9
	 165: Call FnProbeReadUser
	 166: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 167: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 168: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 169: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 170: StMemH dst: r7 src: r0 off: 10 imm: 5
	 171: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 172: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 173: MovReg dst: r9 src: r1
	 174: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 175: MovReg dst: r1 src: r9
	 176: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 177: SubReg dst: r1 src: r2
	 178: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 179: MovReg dst: r2 src: r1
	 180: AddImm dst: r2 imm: 16
	 181: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 182: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 183: AddReg dst: r1 src: r8
	 184: AddImm dst: r1 imm: 180992
	 185: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 186: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 187: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 188: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 189: Ja off: -1 <frame_got_10>
frame_read_9:
	 190: MovReg dst: r1 src: r8
	 191: AddImm dst: r1 imm: 64
	 192: MovImm dst: r2 imm: 16
	 193: MovReg dst: r3 src: r9
	 194: Call FnProbeReadUser
	 195: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 196: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 197: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 198: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 199: StMemH dst: r7 src: r0 off: 10 imm: 6
	 200: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 201: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 202: MovReg dst: r9 src: r1
	 203: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 204: MovReg dst: r1 src: r9
	 205: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 206: SubReg dst: r1 src: r2
	 207: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 208: MovReg dst: r2 src: r1
	 209: AddImm dst: r2 imm: 16
	 210: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 211: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 212: AddReg dst: r1 src: r8
	 213: AddImm dst: r1 imm: 180992
	 214: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 215: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 216: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 217: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 218: Ja off: -1 <frame_got_12>
frame_read_11:
	 219: MovReg dst: r1 src: r8
	 220: AddImm dst: r1 imm: 64
	 221: MovImm dst: r2 imm: 16
	 222: MovReg dst: r3 src: r9
	 223: Call FnProbeReadUser
	 224: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 225: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 226: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 227: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 228: StMemH dst: r7 src: r0 off: 10 imm: 7
	 229: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 230: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 231: MovReg dst: r9 src: r1
	 232: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 233: MovReg dst: r1 src: r9
	 234: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 235: SubReg dst: r1 src: r2
	 236: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 237: MovReg dst: r2 src: r1
	 238: AddImm dst: r2 imm: 16
	 239: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 240: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 241: AddReg dst: r1 src: r8
	 242: AddImm dst: r1 imm: 180992
	 243: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 244: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 245: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 246: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 247: Ja off: -1 <frame_got_14>
frame_read_13:
	 248: MovReg dst: r1 src: r8
	 249: AddImm dst: r1 imm: 64
	 250: MovImm dst: r2 imm: 16
	 251: MovReg dst: r3 src: r9
	 252: Call FnProbeReadUser
	 253: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 254: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 255: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 256: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 257: StMemH dst: r7 src: r0 off: 10 imm: 8
	 258: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 259: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 260: MovReg dst: r9 src: r1
	 261: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 262: MovReg dst: r1 src: r9
	 263: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 264: SubReg dst: r1 src: r2
	 265: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 266: MovReg dst: r2 src: r1
	 267: AddImm dst: r2 imm: 16
	 268: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 269: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 270: AddReg dst: r1 src: r8
	 271: AddImm dst: r1 imm: 180992
	 272: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 273: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 274: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 275: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 276: Ja off: -1 <frame_got_16>
frame_read_15:
	 277: MovReg dst: r1 src: r8
	 278: AddImm dst: r1 imm: 64
	 279: MovImm dst: r2 imm: 16
	 280: MovReg dst: r3 src: r9
	 281: Call FnProbeReadUser
	 282: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 283: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 284: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 285: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 286: StMemH dst: r7 src: r0 off: 10 imm: 9
	 287: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 288: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 289: MovReg dst: r9 src: r1
	 290: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 291: MovReg dst: r1 src: r9
	 292: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 293: SubReg dst: r1 src: r2
	 294: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 295: MovReg dst: r2 src: r1
	 296: AddImm dst: r2 imm: 16
	 297: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 298: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 299: AddReg dst: r1 src: r8
	 300: AddImm dst: r1 imm: 180992
	 301: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 302: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 303: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 304: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 305: Ja off: -1 <frame_got_18>
frame_read_17:
	 306: MovReg dst: r1 src: r8
	 307: AddImm dst: r1 imm: 64
	 308: MovImm dst: r2 imm: 16
	 309: MovReg dst: r3 src: r9
	 310: Call FnProbeReadUser
	 311: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 312: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 313: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 314: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 315: StMemH dst: r7 src: r0 off: 10 imm: 10
	 316: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 317: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 318: MovReg dst: r9 src: r1
	 319: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 320: MovReg dst: r1 src: r9
	 321: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 322: SubReg dst: r1 src: r2
	 323: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 324: MovReg dst: r2 src: r1
	 325: AddImm dst: r2 imm: 16
	 326: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 327: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 328: AddReg dst: r1 src: r8
	 329: AddImm dst: r1 imm: 180992
	 330: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 331: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 332: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 333: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 334: Ja off: -1 <frame_got_20>
frame_read_19:
	 335: MovReg dst: r1 src: r8
	 336: AddImm dst: r1 imm: 64
	 337: MovImm dst: r2 imm: 16
	 338: MovReg dst: r3 src: r9
	 339: Call FnProbeReadUser
	 340: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 341: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 342: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 343: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 344: StMemH dst: r7 src: r0 off: 10 imm: 11
	 345: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 346: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 347: MovReg dst: r9 src: r1
	 348: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 349: MovReg dst: r1 src: r9
	 350: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 351: SubReg dst: r1 src: r2
	 352: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 353: MovReg dst: r2 src: r1
	 354: AddImm dst: r2 imm: 16
	 355: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 356: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 357: AddReg dst: r1 src: r8
	 358: AddImm dst: r1 imm: 180992
	 359: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 360: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 361: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 362: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 363: Ja off: -1 <frame_got_22>
frame_read_21:
	 364: MovReg dst: r1 src: r8
	 365: AddImm dst: r1 imm: 64
	 366: MovImm dst: r2 imm: 16
	 367: MovReg dst: r3 src: r9
	 368: Call FnProbeReadUser
	 369: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 370: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 371: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 372: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 373: StMemH dst: r7 src: r0 off: 10 imm: 12
	 374: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 375: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 376: MovReg dst: r9 src: r1
	 377: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 378: MovReg dst: r1 src: r9
	 379: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 380: SubReg dst: r1 src: r2
	 381: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 382: MovReg dst: r2 src: r1
	 383: AddImm dst: r2 imm: 16
	 384: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 385: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 386: AddReg dst: r1 src: r8
	 387: AddImm dst: r1 imm: 180992
	 388: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 389: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 390: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 391: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 392: Ja off: -1 <frame_got_24>
frame_read_23:
	 393: MovReg dst: r1 src: r8
	 394: AddImm dst: r1 imm: 64
	 395: MovImm dst: r2 imm: 16
	 396: MovReg dst: r3 src: r9
	 397: Call FnProbeReadUser
	 398: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 399: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 400: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 401: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 402: StMemH dst: r7 src: r0 off: 10 imm: 13
	 403: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 404: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 405: MovReg dst: r9 src: r1
	 406: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 407: MovReg dst: r1 src: r9
	 408: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 409: SubReg dst: r1 src: r2
	 410: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 411: MovReg dst: r2 src: r1
	 412: AddImm dst: r2 imm: 16
	 413: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 414: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 415: AddReg dst: r1 src: r8
	 416: AddImm dst: r1 imm: 180992
	 417: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 418: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 419: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 420: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 421: Ja off: -1 <frame_got_26>
frame_read_25:
	 422: MovReg dst: r1 src: r8
	 423: AddImm dst: r1 imm: 64
	 424: MovImm dst: r2 imm: 16
	 425: MovReg dst: r3 src: r9
	 426: Call FnProbeReadUser
	 427: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 428: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 429: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 430: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 431: StMemH dst: r7 src: r0 off: 10 imm: 14
	 432: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 433: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 434: MovReg dst: r9 src: r1
	 435: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 436: MovReg dst: r1 src: r9
	 437: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 438: SubReg dst: r1 src: r2
	 439: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 440: MovReg dst: r2 src: r1
	 441: AddImm dst: r2 imm: 16
	 442: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 443: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 444: AddReg dst: r1 src: r8
	 445: AddImm dst: r1 imm: 180992
	 446: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 447: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 448: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 449: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 450: Ja off: -1 <frame_got_28>
frame_read_27:
	 451: MovReg dst: r1 src: r8
	 452: AddImm dst: r1 imm: 64
	 453: MovImm dst: r2 imm: 16
	 454: MovReg dst: r3 src: r9
	 455: Call FnProbeReadUser
	 456: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 457: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 458: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 459: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 460: StMemH dst: r7 src: r0 off: 10 imm: 15
	 461: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 462: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 463: MovReg dst: r9 src: r1
	 464: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 465: MovReg dst: r1 src: r9
	 466: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 467: SubReg dst: r1 src: r2
	 468: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 469: MovReg dst: r2 src: r1
	 470: AddImm dst: r2 imm: 16
	 471: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 472: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 473: AddReg dst: r1 src: r8
	 474: AddImm dst: r1 imm: 180992
	 475: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 476: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 477: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 478: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 479: Ja off: -1 <frame_got_30>
frame_read_29:
	 480: MovReg dst: r1 src: r8
	 481: AddImm dst: r1 imm: 64
	 482: MovImm dst: r2 imm: 16
	 483: MovReg dst: r3 src: r9
	 484: Call FnProbeReadUser
	 485: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 486: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 487: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 488: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 489: StMemH dst: r7 src: r0 off: 10 imm: 16
	 490: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 491: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 492: MovReg dst: r9 src: r1
	 493: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 494: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 495: OrImm dst: r1 imm: 2
	 496: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 497: MovReg dst: r9 src: r7
	 498: AddImm dst: r9 imm: 168
	 499: StMemW dst: r9 src: r0 off: 0 imm: 1
	 500: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 501: StMemW dst: r9 src: r0 off: 4 imm: 0
	 502: StMemW dst: r9 src: r0 off: 16 imm: 8
	 503: StMemW dst: r9 src: r0 off: 20 imm: 8
	 504: MovReg dst: r1 src: r9
	 505: AddImm dst: r1 imm: 24
	 506: MovImm dst: r2 imm: 8
	 507: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	 508: AddImm dst: r3 imm: 16
	 509: Call FnProbeReadUser
	 510: JEqImm dst: r0 off: -1 imm: 0 <root_done_31>
	 511: StMemW dst: r9 src: r0 off: 4 imm: 1
	 512: StMemW dst: r9 src: r0 off: 16 imm: 0
root_done_31:
	 513: MovReg dst: r9 src: r7
	 514: AddImm dst: r9 imm: 200
	 515: StMemW dst: r9 src: r0 off: 0 imm: 1
	 516: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 517: StMemW dst: r9 src: r0 off: 4 imm: 2
	 518: StMemW dst: r9 src: r0 off: 16 imm: 0
	 519: StMemW dst: r9 src: r0 off: 20 imm: 0
emit:
	 520: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 521: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 522: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 523: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 524: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 525: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 526: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 527: MovImm dst: r4 imm: 1
	 528: AndImm dst: r1 imm: 15
	 529: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 530: LoadMapPtr dst: r1 fd: 7
	 532: MovImm dst: r2 imm: 0
	 533: Call FnRingbufQuery
	 534: MovImm dst: r4 imm: 1
	 535: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 536: MovImm dst: r4 imm: 2
wake_chosen:
	 537: LoadMapPtr dst: r1 fd: 7
	 539: MovReg dst: r2 src: r7
	 540: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 541: AndImm dst: r3 imm: 65535
	 542: Call FnRingbufOutput
	 543: StMemW dst: r8 src: r0 off: 0 imm: 0
	 544: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 545: MovImm dst: r1 imm: 2
	 546: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 547: LoadMapPtr dst: r1 fd: 8
	 549: MovReg dst: r2 src: rfp
	 550: AddImm dst: r2 imm: -8
	 551: Call FnMapLookupElem
	 552: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 553: MovImm dst: r1 imm: 1
	 554: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 555: MovImm dst: r0 imm: 0
	 556: Exit
