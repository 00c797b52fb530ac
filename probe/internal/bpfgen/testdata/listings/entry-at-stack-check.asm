	   0: MovReg dst: r6 src: r1
	   1: LdXMemDW dst: r1 src: r6 off: 144 imm: 0
	   2: JSetImm dst: r1 off: -1 imm: 65 <exit>
	   3: Call FnGetSmpProcessorId
	   4: MovReg dst: r1 src: r0
	   5: StXMemW dst: rfp src: r1 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 3
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: JEqImm dst: r0 off: -1 imm: 0 <exit>
	  12: MovReg dst: r8 src: r0
	  13: MovReg dst: r7 src: r0
	  14: AddImm dst: r7 imm: 49664
	  15: LdXMemW dst: r1 src: r8 off: 0 imm: 0
	  16: JNEImm dst: r1 off: -1 imm: 0 <drop_unowned>
	  17: StMemW dst: r8 src: r0 off: 0 imm: 1
	  18: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	  19: AddImm dst: r1 imm: 1
	  20: StXMemW dst: r8 src: r1 off: 4 imm: 0
	  21: StMemW dst: r8 src: r0 off: 8 imm: 368
	  22: StMemW dst: r8 src: r0 off: 80 imm: 368
	  23: StMemW dst: r8 src: r0 off: 12 imm: 2
	  24: StMemW dst: r8 src: r0 off: 16 imm: 0
	  25: StMemW dst: r8 src: r0 off: 20 imm: 0
	  26: StMemW dst: r8 src: r0 off: 24 imm: 1
	  27: StMemW dst: r8 src: r0 off: 28 imm: 0
	  28: StMemH dst: r7 src: r0 off: 4 imm: 2
	  29: StMemH dst: r7 src: r0 off: 6 imm: 0
	  30: StMemB dst: r7 src: r0 off: 8 imm: 0
	  31: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  32: MovReg dst: r1 src: r8
	  33: AddImm dst: r1 imm: 128
	  34: MovImm dst: r2 imm: 152
	  35: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  36: AddImm dst: r3 imm: 8
	  37: Call FnProbeReadUser
	  38: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  39: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  40: Call FnKtimeGetNs
	  41: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  42: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  43: JEqImm dst: r1 off: -1 imm: 0 <call_done>
	  44: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  45: SubReg dst: r1 src: r2
	  46: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  47: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  48: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  49: StMemW dst: rfp src: r0 off: -20 imm: 2
	  50: LdXMemDW dst: r1 src: r7 off: 24 imm: 0
	  51: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	  52: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  53: LoadMapPtr dst: r1 fd: 6
	  55: MovReg dst: r2 src: rfp
	  56: AddImm dst: r2 imm: -32
	  57: MovReg dst: r3 src: rfp
	  58: AddImm dst: r3 imm: -40
	  59: MovImm dst: r4 imm: 0
	  60: Call FnMapUpdateElem
call_done:
	  61: MovReg dst: r1 src: r6
	  62: Call FnGetAttachCookie
	  63: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  64: StMemH dst: r7 src: r0 off: 10 imm: 1
	  65: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  66: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  67: SubReg dst: r2 src: r3
	  68: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  69: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  70: MovImm dst: r2 imm: 2048
	  71: Ja off: -1 <window_sized>
window_none:
	  72: MovImm dst: r2 imm: 0
window_sized:
	  73: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  74: MovReg dst: r1 src: r8
	  75: AddImm dst: r1 imm: 180992
	  76: Call FnProbeReadUser
	  77: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  78: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  79: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  80: MovReg dst: r1 src: r9
	  81: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  82: SubReg dst: r1 src: r2
	  83: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  84: MovReg dst: r2 src: r1
	  85: AddImm dst: r2 imm: 16
	  86: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  87: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  88: AddReg dst: r1 src: r8
	  89: AddImm dst: r1 imm: 180992
	  90: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  91: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  92: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  93: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  94: Ja off: -1 <frame_got_2>
frame_read_1:
	  95: MovReg dst: r1 src: r8
	  96: AddImm dst: r1 imm: 64
	  97: MovImm dst: r2 imm: 16
	  98: MovReg dst: r3 src: r9
	  99: Call FnProbeReadUser
	 100: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	 101: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 102: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 103: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 104: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 105: StMemH dst: r7 src: r0 off: 10 imm: 2
	 106: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 107: MovReg dst: r1 src: r9
	 108: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 109: SubReg dst: r1 src: r2
	 110: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	 111: MovReg dst: r2 src: r1
	 112: AddImm dst: r2 imm: 16
	 113: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 114: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	 115: AddReg dst: r1 src: r8
	 116: AddImm dst: r1 imm: 180992
	 117: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 118: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 119: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 120: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 121: Ja off: -1 <frame_got_4>
frame_read_3:
	 122: MovReg dst: r1 src: r8
	 123: AddImm dst: r1 imm: 64
	 124: MovImm dst: r2 imm: 16
	 125: MovReg dst: r3 src: r9
	 126: Call FnProbeReadUser
	 127: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 128: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 129: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 130: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 131: StMemH dst: r7 src: r0 off: 10 imm: 3
	 132: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 133: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 134: MovReg dst: r9 src: r1
	 135: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 136: MovReg dst: r1 src: r9
	 137: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 138: SubReg dst: r1 src: r2
	 139: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 140: MovReg dst: r2 src: r1
	 141: AddImm dst: r2 imm: 16
	 142: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 143: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 144: AddReg dst: r1 src: r8
	 145: AddImm dst: r1 imm: 180992
	 146: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 147: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 148: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 149: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 150: Ja off: -1 <frame_got_6>
frame_read_5:
	 151: MovReg dst: r1 src: r8
	 152: AddImm dst: r1 imm: 64
	 153: MovImm dst: r2 imm: 16
	 154: MovReg dst: r3 src: r9
	 155: Call FnProbeReadUser
	 156: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 157: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 158: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 159: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 160: StMemH dst: r7 src: r0 off: 10 imm: 4
	 161: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 162: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 163: MovReg dst: r9 src: r1
	 164: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 165: MovReg dst: r1 src: r9
	 166: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 167: SubReg dst: r1 src: r2
	 168: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 169: MovReg dst: r2 src: r1
	 170: AddImm dst: r2 imm: 16
	 171: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 172: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 173: AddReg dst: r1 src: r8
	 174: AddImm dst: r1 imm: 180992
	 175: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 176: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 177: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 178: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 179: Ja off: -1 <frame_got_8>
frame_read_7:
	 180: MovReg dst: r1 src: r8
	 181: AddImm dst: r1 imm: 64
	 182: MovImm dst: r2 imm: 16
	 183: MovReg dst: r3 src: r9
	 184: Call FnProbeReadUser
	 185: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 186: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 187: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 188: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 189: StMemH dst: r7 src: r0 off: 10 imm: 5
	 190: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 191: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 192: MovReg dst: r9 src: r1
	 193: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 194: MovReg dst: r1 src: r9
	 195: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 196: SubReg dst: r1 src: r2
	 197: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 198: MovReg dst: r2 src: r1
	 199: AddImm dst: r2 imm: 16
	 200: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 201: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 202: AddReg dst: r1 src: r8
	 203: AddImm dst: r1 imm: 180992
	 204: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 205: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 206: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 207: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 208: Ja off: -1 <frame_got_10>
frame_read_9:
	 209: MovReg dst: r1 src: r8
	 210: AddImm dst: r1 imm: 64
	 211: MovImm dst: r2 imm: 16
	 212: MovReg dst: r3 src: r9
	 213: Call FnProbeReadUser
	 214: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 215: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 216: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 217: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 218: StMemH dst: r7 src: r0 off: 10 imm: 6
	 219: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 220: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 221: MovReg dst: r9 src: r1
	 222: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 223: MovReg dst: r1 src: r9
	 224: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 225: SubReg dst: r1 src: r2
	 226: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 227: MovReg dst: r2 src: r1
	 228: AddImm dst: r2 imm: 16
	 229: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 230: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 231: AddReg dst: r1 src: r8
	 232: AddImm dst: r1 imm: 180992
	 233: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 234: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 235: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 236: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 237: Ja off: -1 <frame_got_12>
frame_read_11:
	 238: MovReg dst: r1 src: r8
	 239: AddImm dst: r1 imm: 64
	 240: MovImm dst: r2 imm: 16
	 241: MovReg dst: r3 src: r9
	 242: Call FnProbeReadUser
	 243: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 244: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 245: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 246: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 247: StMemH dst: r7 src: r0 off: 10 imm: 7
	 248: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 249: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 250: MovReg dst: r9 src: r1
	 251: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 252: MovReg dst: r1 src: r9
	 253: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 254: SubReg dst: r1 src: r2
	 255: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 256: MovReg dst: r2 src: r1
	 257: AddImm dst: r2 imm: 16
	 258: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 259: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 260: AddReg dst: r1 src: r8
	 261: AddImm dst: r1 imm: 180992
	 262: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 263: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 264: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 265: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 266: Ja off: -1 <frame_got_14>
frame_read_13:
	 267: MovReg dst: r1 src: r8
	 268: AddImm dst: r1 imm: 64
	 269: MovImm dst: r2 imm: 16
	 270: MovReg dst: r3 src: r9
	 271: Call FnProbeReadUser
	 272: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 273: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 274: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 275: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 276: StMemH dst: r7 src: r0 off: 10 imm: 8
	 277: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 278: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 279: MovReg dst: r9 src: r1
	 280: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 281: MovReg dst: r1 src: r9
	 282: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 283: SubReg dst: r1 src: r2
	 284: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 285: MovReg dst: r2 src: r1
	 286: AddImm dst: r2 imm: 16
	 287: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 288: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 289: AddReg dst: r1 src: r8
	 290: AddImm dst: r1 imm: 180992
	 291: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 292: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 293: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 294: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 295: Ja off: -1 <frame_got_16>
frame_read_15:
	 296: MovReg dst: r1 src: r8
	 297: AddImm dst: r1 imm: 64
	 298: MovImm dst: r2 imm: 16
	 299: MovReg dst: r3 src: r9
	 300: Call FnProbeReadUser
	 301: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 302: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 303: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 304: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 305: StMemH dst: r7 src: r0 off: 10 imm: 9
	 306: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 307: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 308: MovReg dst: r9 src: r1
	 309: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 310: MovReg dst: r1 src: r9
	 311: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 312: SubReg dst: r1 src: r2
	 313: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 314: MovReg dst: r2 src: r1
	 315: AddImm dst: r2 imm: 16
	 316: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 317: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 318: AddReg dst: r1 src: r8
	 319: AddImm dst: r1 imm: 180992
	 320: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 321: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 322: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 323: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 324: Ja off: -1 <frame_got_18>
frame_read_17:
	 325: MovReg dst: r1 src: r8
	 326: AddImm dst: r1 imm: 64
	 327: MovImm dst: r2 imm: 16
	 328: MovReg dst: r3 src: r9
	 329: Call FnProbeReadUser
	 330: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 331: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 332: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 333: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 334: StMemH dst: r7 src: r0 off: 10 imm: 10
	 335: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 336: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 337: MovReg dst: r9 src: r1
	 338: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 339: MovReg dst: r1 src: r9
	 340: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 341: SubReg dst: r1 src: r2
	 342: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 343: MovReg dst: r2 src: r1
	 344: AddImm dst: r2 imm: 16
	 345: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 346: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 347: AddReg dst: r1 src: r8
	 348: AddImm dst: r1 imm: 180992
	 349: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 350: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 351: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 352: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 353: Ja off: -1 <frame_got_20>
frame_read_19:
	 354: MovReg dst: r1 src: r8
	 355: AddImm dst: r1 imm: 64
	 356: MovImm dst: r2 imm: 16
	 357: MovReg dst: r3 src: r9
	 358: Call FnProbeReadUser
	 359: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 360: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 361: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 362: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 363: StMemH dst: r7 src: r0 off: 10 imm: 11
	 364: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 365: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 366: MovReg dst: r9 src: r1
	 367: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 368: MovReg dst: r1 src: r9
	 369: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 370: SubReg dst: r1 src: r2
	 371: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 372: MovReg dst: r2 src: r1
	 373: AddImm dst: r2 imm: 16
	 374: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 375: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 376: AddReg dst: r1 src: r8
	 377: AddImm dst: r1 imm: 180992
	 378: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 379: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 380: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 381: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 382: Ja off: -1 <frame_got_22>
frame_read_21:
	 383: MovReg dst: r1 src: r8
	 384: AddImm dst: r1 imm: 64
	 385: MovImm dst: r2 imm: 16
	 386: MovReg dst: r3 src: r9
	 387: Call FnProbeReadUser
	 388: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 389: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 390: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 391: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 392: StMemH dst: r7 src: r0 off: 10 imm: 12
	 393: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 394: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 395: MovReg dst: r9 src: r1
	 396: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 397: MovReg dst: r1 src: r9
	 398: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 399: SubReg dst: r1 src: r2
	 400: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 401: MovReg dst: r2 src: r1
	 402: AddImm dst: r2 imm: 16
	 403: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 404: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 405: AddReg dst: r1 src: r8
	 406: AddImm dst: r1 imm: 180992
	 407: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 408: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 409: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 410: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 411: Ja off: -1 <frame_got_24>
frame_read_23:
	 412: MovReg dst: r1 src: r8
	 413: AddImm dst: r1 imm: 64
	 414: MovImm dst: r2 imm: 16
	 415: MovReg dst: r3 src: r9
	 416: Call FnProbeReadUser
	 417: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 418: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 420: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 421: StMemH dst: r7 src: r0 off: 10 imm: 13
	 422: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 423: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 424: MovReg dst: r9 src: r1
	 425: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 426: MovReg dst: r1 src: r9
	 427: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 428: SubReg dst: r1 src: r2
	 429: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 430: MovReg dst: r2 src: r1
	 431: AddImm dst: r2 imm: 16
	 432: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 433: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 434: AddReg dst: r1 src: r8
	 435: AddImm dst: r1 imm: 180992
	 436: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 437: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 438: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 439: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 440: Ja off: -1 <frame_got_26>
frame_read_25:
	 441: MovReg dst: r1 src: r8
	 442: AddImm dst: r1 imm: 64
	 443: MovImm dst: r2 imm: 16
	 444: MovReg dst: r3 src: r9
	 445: Call FnProbeReadUser
	 446: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 447: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 448: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 449: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 450: StMemH dst: r7 src: r0 off: 10 imm: 14
	 451: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 452: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 453: MovReg dst: r9 src: r1
	 454: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 455: MovReg dst: r1 src: r9
	 456: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 457: SubReg dst: r1 src: r2
	 458: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 459: MovReg dst: r2 src: r1
	 460: AddImm dst: r2 imm: 16
	 461: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 462: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 463: AddReg dst: r1 src: r8
	 464: AddImm dst: r1 imm: 180992
	 465: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 466: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 467: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 468: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 469: Ja off: -1 <frame_got_28>
frame_read_27:
	 470: MovReg dst: r1 src: r8
	 471: AddImm dst: r1 imm: 64
	 472: MovImm dst: r2 imm: 16
	 473: MovReg dst: r3 src: r9
	 474: Call FnProbeReadUser
	 475: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 476: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 477: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 478: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 479: StMemH dst: r7 src: r0 off: 10 imm: 15
	 480: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 481: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 482: MovReg dst: r9 src: r1
	 483: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 484: MovReg dst: r1 src: r9
	 485: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 486: SubReg dst: r1 src: r2
	 487: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 488: MovReg dst: r2 src: r1
	 489: AddImm dst: r2 imm: 16
	 490: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 491: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 492: AddReg dst: r1 src: r8
	 493: AddImm dst: r1 imm: 180992
	 494: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 495: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 496: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 497: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 498: Ja off: -1 <frame_got_30>
frame_read_29:
	 499: MovReg dst: r1 src: r8
	 500: AddImm dst: r1 imm: 64
	 501: MovImm dst: r2 imm: 16
	 502: MovReg dst: r3 src: r9
	 503: Call FnProbeReadUser
	 504: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 505: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 506: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 507: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 508: StMemH dst: r7 src: r0 off: 10 imm: 16
	 509: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 510: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 511: MovReg dst: r9 src: r1
	 512: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 513: MovReg dst: r1 src: r9
	 514: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 515: SubReg dst: r1 src: r2
	 516: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 517: MovReg dst: r2 src: r1
	 518: AddImm dst: r2 imm: 16
	 519: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 520: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 521: AddReg dst: r1 src: r8
	 522: AddImm dst: r1 imm: 180992
	 523: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 524: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 525: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 526: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 527: Ja off: -1 <frame_got_32>
frame_read_31:
	 528: MovReg dst: r1 src: r8
	 529: AddImm dst: r1 imm: 64
	 530: MovImm dst: r2 imm: 16
	 531: MovReg dst: r3 src: r9
	 532: Call FnProbeReadUser
	 533: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
	 534: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 535: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 536: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 537: StMemH dst: r7 src: r0 off: 10 imm: 17
	 538: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 539: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 540: MovReg dst: r9 src: r1
	 541: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 542: MovReg dst: r1 src: r9
	 543: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 544: SubReg dst: r1 src: r2
	 545: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 546: MovReg dst: r2 src: r1
	 547: AddImm dst: r2 imm: 16
	 548: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 549: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 550: AddReg dst: r1 src: r8
	 551: AddImm dst: r1 imm: 180992
	 552: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 553: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 554: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 555: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 556: Ja off: -1 <frame_got_34>
frame_read_33:
	 557: MovReg dst: r1 src: r8
	 558: AddImm dst: r1 imm: 64
	 559: MovImm dst: r2 imm: 16
	 560: MovReg dst: r3 src: r9
	 561: Call FnProbeReadUser
	 562: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 563: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 564: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 565: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 566: StMemH dst: r7 src: r0 off: 10 imm: 18
	 567: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 568: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 569: MovReg dst: r9 src: r1
	 570: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 571: MovReg dst: r1 src: r9
	 572: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 573: SubReg dst: r1 src: r2
	 574: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_35>
	 575: MovReg dst: r2 src: r1
	 576: AddImm dst: r2 imm: 16
	 577: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 578: JGTReg dst: r2 off: -1 src: r3 <frame_read_35>
	 579: AddReg dst: r1 src: r8
	 580: AddImm dst: r1 imm: 180992
	 581: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 582: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 583: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 584: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 585: Ja off: -1 <frame_got_36>
frame_read_35:
	 586: MovReg dst: r1 src: r8
	 587: AddImm dst: r1 imm: 64
	 588: MovImm dst: r2 imm: 16
	 589: MovReg dst: r3 src: r9
	 590: Call FnProbeReadUser
	 591: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_36:
	 592: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 593: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 594: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 595: StMemH dst: r7 src: r0 off: 10 imm: 19
	 596: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 597: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 598: MovReg dst: r9 src: r1
	 599: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 600: MovReg dst: r1 src: r9
	 601: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 602: SubReg dst: r1 src: r2
	 603: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_37>
	 604: MovReg dst: r2 src: r1
	 605: AddImm dst: r2 imm: 16
	 606: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 607: JGTReg dst: r2 off: -1 src: r3 <frame_read_37>
	 608: AddReg dst: r1 src: r8
	 609: AddImm dst: r1 imm: 180992
	 610: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 611: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 612: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 613: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 614: Ja off: -1 <frame_got_38>
frame_read_37:
	 615: MovReg dst: r1 src: r8
	 616: AddImm dst: r1 imm: 64
	 617: MovImm dst: r2 imm: 16
	 618: MovReg dst: r3 src: r9
	 619: Call FnProbeReadUser
	 620: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_38:
	 621: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 622: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 623: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 624: StMemH dst: r7 src: r0 off: 10 imm: 20
	 625: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 626: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 627: MovReg dst: r9 src: r1
	 628: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 629: MovReg dst: r1 src: r9
	 630: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 631: SubReg dst: r1 src: r2
	 632: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_39>
	 633: MovReg dst: r2 src: r1
	 634: AddImm dst: r2 imm: 16
	 635: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 636: JGTReg dst: r2 off: -1 src: r3 <frame_read_39>
	 637: AddReg dst: r1 src: r8
	 638: AddImm dst: r1 imm: 180992
	 639: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 640: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 641: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 642: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 643: Ja off: -1 <frame_got_40>
frame_read_39:
	 644: MovReg dst: r1 src: r8
	 645: AddImm dst: r1 imm: 64
	 646: MovImm dst: r2 imm: 16
	 647: MovReg dst: r3 src: r9
	 648: Call FnProbeReadUser
	 649: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_40:
	 650: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 651: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 652: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 653: StMemH dst: r7 src: r0 off: 10 imm: 21
	 654: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 655: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 656: MovReg dst: r9 src: r1
	 657: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 658: MovReg dst: r1 src: r9
	 659: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 660: SubReg dst: r1 src: r2
	 661: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_41>
	 662: MovReg dst: r2 src: r1
	 663: AddImm dst: r2 imm: 16
	 664: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 665: JGTReg dst: r2 off: -1 src: r3 <frame_read_41>
	 666: AddReg dst: r1 src: r8
	 667: AddImm dst: r1 imm: 180992
	 668: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 669: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 670: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 671: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 672: Ja off: -1 <frame_got_42>
frame_read_41:
	 673: MovReg dst: r1 src: r8
	 674: AddImm dst: r1 imm: 64
	 675: MovImm dst: r2 imm: 16
	 676: MovReg dst: r3 src: r9
	 677: Call FnProbeReadUser
	 678: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_42:
	 679: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 680: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 681: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 682: StMemH dst: r7 src: r0 off: 10 imm: 22
	 683: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 684: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 685: MovReg dst: r9 src: r1
	 686: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 687: MovReg dst: r1 src: r9
	 688: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 689: SubReg dst: r1 src: r2
	 690: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_43>
	 691: MovReg dst: r2 src: r1
	 692: AddImm dst: r2 imm: 16
	 693: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 694: JGTReg dst: r2 off: -1 src: r3 <frame_read_43>
	 695: AddReg dst: r1 src: r8
	 696: AddImm dst: r1 imm: 180992
	 697: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 698: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 699: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 700: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 701: Ja off: -1 <frame_got_44>
frame_read_43:
	 702: MovReg dst: r1 src: r8
	 703: AddImm dst: r1 imm: 64
	 704: MovImm dst: r2 imm: 16
	 705: MovReg dst: r3 src: r9
	 706: Call FnProbeReadUser
	 707: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_44:
	 708: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 709: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 710: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 711: StMemH dst: r7 src: r0 off: 10 imm: 23
	 712: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 713: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 714: MovReg dst: r9 src: r1
	 715: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 716: MovReg dst: r1 src: r9
	 717: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 718: SubReg dst: r1 src: r2
	 719: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_45>
	 720: MovReg dst: r2 src: r1
	 721: AddImm dst: r2 imm: 16
	 722: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 723: JGTReg dst: r2 off: -1 src: r3 <frame_read_45>
	 724: AddReg dst: r1 src: r8
	 725: AddImm dst: r1 imm: 180992
	 726: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 727: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 728: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 729: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 730: Ja off: -1 <frame_got_46>
frame_read_45:
	 731: MovReg dst: r1 src: r8
	 732: AddImm dst: r1 imm: 64
	 733: MovImm dst: r2 imm: 16
	 734: MovReg dst: r3 src: r9
	 735: Call FnProbeReadUser
	 736: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_46:
	 737: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 738: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 739: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 740: StMemH dst: r7 src: r0 off: 10 imm: 24
	 741: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 742: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 743: MovReg dst: r9 src: r1
	 744: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 745: MovReg dst: r1 src: r9
	 746: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 747: SubReg dst: r1 src: r2
	 748: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_47>
	 749: MovReg dst: r2 src: r1
	 750: AddImm dst: r2 imm: 16
	 751: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 752: JGTReg dst: r2 off: -1 src: r3 <frame_read_47>
	 753: AddReg dst: r1 src: r8
	 754: AddImm dst: r1 imm: 180992
	 755: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 756: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 757: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 758: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 759: Ja off: -1 <frame_got_48>
frame_read_47:
	 760: MovReg dst: r1 src: r8
	 761: AddImm dst: r1 imm: 64
	 762: MovImm dst: r2 imm: 16
	 763: MovReg dst: r3 src: r9
	 764: Call FnProbeReadUser
	 765: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_48:
	 766: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 767: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 768: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 769: StMemH dst: r7 src: r0 off: 10 imm: 25
	 770: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 771: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 772: MovReg dst: r9 src: r1
	 773: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 774: MovReg dst: r1 src: r9
	 775: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 776: SubReg dst: r1 src: r2
	 777: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_49>
	 778: MovReg dst: r2 src: r1
	 779: AddImm dst: r2 imm: 16
	 780: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 781: JGTReg dst: r2 off: -1 src: r3 <frame_read_49>
	 782: AddReg dst: r1 src: r8
	 783: AddImm dst: r1 imm: 180992
	 784: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 785: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 786: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 787: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 788: Ja off: -1 <frame_got_50>
frame_read_49:
	 789: MovReg dst: r1 src: r8
	 790: AddImm dst: r1 imm: 64
	 791: MovImm dst: r2 imm: 16
	 792: MovReg dst: r3 src: r9
	 793: Call FnProbeReadUser
	 794: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_50:
	 795: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 796: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 797: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 798: StMemH dst: r7 src: r0 off: 10 imm: 26
	 799: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 800: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 801: MovReg dst: r9 src: r1
	 802: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 803: MovReg dst: r1 src: r9
	 804: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 805: SubReg dst: r1 src: r2
	 806: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_51>
	 807: MovReg dst: r2 src: r1
	 808: AddImm dst: r2 imm: 16
	 809: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 810: JGTReg dst: r2 off: -1 src: r3 <frame_read_51>
	 811: AddReg dst: r1 src: r8
	 812: AddImm dst: r1 imm: 180992
	 813: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 814: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 815: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 816: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 817: Ja off: -1 <frame_got_52>
frame_read_51:
	 818: MovReg dst: r1 src: r8
	 819: AddImm dst: r1 imm: 64
	 820: MovImm dst: r2 imm: 16
	 821: MovReg dst: r3 src: r9
	 822: Call FnProbeReadUser
	 823: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_52:
	 824: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 825: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 826: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 827: StMemH dst: r7 src: r0 off: 10 imm: 27
	 828: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 829: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 830: MovReg dst: r9 src: r1
	 831: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 832: MovReg dst: r1 src: r9
	 833: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 834: SubReg dst: r1 src: r2
	 835: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_53>
	 836: MovReg dst: r2 src: r1
	 837: AddImm dst: r2 imm: 16
	 838: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 839: JGTReg dst: r2 off: -1 src: r3 <frame_read_53>
	 840: AddReg dst: r1 src: r8
	 841: AddImm dst: r1 imm: 180992
	 842: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 843: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 844: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 845: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 846: Ja off: -1 <frame_got_54>
frame_read_53:
	 847: MovReg dst: r1 src: r8
	 848: AddImm dst: r1 imm: 64
	 849: MovImm dst: r2 imm: 16
	 850: MovReg dst: r3 src: r9
	 851: Call FnProbeReadUser
	 852: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_54:
	 853: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 854: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 855: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 856: StMemH dst: r7 src: r0 off: 10 imm: 28
	 857: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 858: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 859: MovReg dst: r9 src: r1
	 860: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 861: MovReg dst: r1 src: r9
	 862: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 863: SubReg dst: r1 src: r2
	 864: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_55>
	 865: MovReg dst: r2 src: r1
	 866: AddImm dst: r2 imm: 16
	 867: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 868: JGTReg dst: r2 off: -1 src: r3 <frame_read_55>
	 869: AddReg dst: r1 src: r8
	 870: AddImm dst: r1 imm: 180992
	 871: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 872: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 873: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 874: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 875: Ja off: -1 <frame_got_56>
frame_read_55:
	 876: MovReg dst: r1 src: r8
	 877: AddImm dst: r1 imm: 64
	 878: MovImm dst: r2 imm: 16
	 879: MovReg dst: r3 src: r9
	 880: Call FnProbeReadUser
	 881: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_56:
	 882: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 883: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 884: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 885: StMemH dst: r7 src: r0 off: 10 imm: 29
	 886: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 887: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 888: MovReg dst: r9 src: r1
	 889: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 890: MovReg dst: r1 src: r9
	 891: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 892: SubReg dst: r1 src: r2
	 893: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_57>
	 894: MovReg dst: r2 src: r1
	 895: AddImm dst: r2 imm: 16
	 896: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 897: JGTReg dst: r2 off: -1 src: r3 <frame_read_57>
	 898: AddReg dst: r1 src: r8
	 899: AddImm dst: r1 imm: 180992
	 900: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 901: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 902: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 903: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 904: Ja off: -1 <frame_got_58>
frame_read_57:
	 905: MovReg dst: r1 src: r8
	 906: AddImm dst: r1 imm: 64
	 907: MovImm dst: r2 imm: 16
	 908: MovReg dst: r3 src: r9
	 909: Call FnProbeReadUser
	 910: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_58:
	 911: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 912: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 913: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 914: StMemH dst: r7 src: r0 off: 10 imm: 30
	 915: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 916: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 917: MovReg dst: r9 src: r1
	 918: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 919: MovReg dst: r1 src: r9
	 920: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 921: SubReg dst: r1 src: r2
	 922: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_59>
	 923: MovReg dst: r2 src: r1
	 924: AddImm dst: r2 imm: 16
	 925: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 926: JGTReg dst: r2 off: -1 src: r3 <frame_read_59>
	 927: AddReg dst: r1 src: r8
	 928: AddImm dst: r1 imm: 180992
	 929: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 930: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 931: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 932: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 933: Ja off: -1 <frame_got_60>
frame_read_59:
	 934: MovReg dst: r1 src: r8
	 935: AddImm dst: r1 imm: 64
	 936: MovImm dst: r2 imm: 16
	 937: MovReg dst: r3 src: r9
	 938: Call FnProbeReadUser
	 939: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_60:
	 940: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 941: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 942: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 943: StMemH dst: r7 src: r0 off: 10 imm: 31
	 944: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 945: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 946: MovReg dst: r9 src: r1
	 947: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 948: MovReg dst: r1 src: r9
	 949: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 950: SubReg dst: r1 src: r2
	 951: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_61>
	 952: MovReg dst: r2 src: r1
	 953: AddImm dst: r2 imm: 16
	 954: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 955: JGTReg dst: r2 off: -1 src: r3 <frame_read_61>
	 956: AddReg dst: r1 src: r8
	 957: AddImm dst: r1 imm: 180992
	 958: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 959: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 960: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 961: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 962: Ja off: -1 <frame_got_62>
frame_read_61:
	 963: MovReg dst: r1 src: r8
	 964: AddImm dst: r1 imm: 64
	 965: MovImm dst: r2 imm: 16
	 966: MovReg dst: r3 src: r9
	 967: Call FnProbeReadUser
	 968: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_62:
	 969: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 970: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 971: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	 972: StMemH dst: r7 src: r0 off: 10 imm: 32
	 973: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 974: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 975: MovReg dst: r9 src: r1
	 976: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 977: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 978: OrImm dst: r1 imm: 2
	 979: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 980: MovReg dst: r9 src: r7
	 981: AddImm dst: r9 imm: 296
	 982: StMemW dst: r9 src: r0 off: 0 imm: 1
	 983: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 984: StMemW dst: r9 src: r0 off: 4 imm: 0
	 985: StMemW dst: r9 src: r0 off: 16 imm: 8
	 986: StMemW dst: r9 src: r0 off: 20 imm: 8
	 987: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 988: MovReg dst: r1 src: r9
	 989: AddImm dst: r1 imm: 24
	 990: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 991: MovReg dst: r9 src: r7
	 992: AddImm dst: r9 imm: 328
	 993: StMemW dst: r9 src: r0 off: 0 imm: 3
	 994: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 995: StMemW dst: r9 src: r0 off: 4 imm: 0
	 996: StMemW dst: r9 src: r0 off: 16 imm: 16
	 997: StMemW dst: r9 src: r0 off: 20 imm: 16
	 998: LdXMemDW dst: r2 src: r6 off: 40 imm: 0
	 999: MovReg dst: r1 src: r9
	1000: AddImm dst: r1 imm: 24
	1001: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	1002: LdXMemDW dst: r2 src: r6 off: 88 imm: 0
	1003: MovReg dst: r1 src: r9
	1004: AddImm dst: r1 imm: 32
	1005: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	1006: StMemDW dst: r8 src: r0 off: 512 imm: 352
	1007: StMemW dst: r8 src: r0 off: 520 imm: 3
	1008: StMemW dst: r8 src: r0 off: 524 imm: 1
	1009: StMemW dst: r8 src: r0 off: 528 imm: 0
	1010: StMemW dst: r8 src: r0 off: 532 imm: 1
	1011: StMemW dst: r8 src: r0 off: 536 imm: 0
	1012: StMemW dst: r8 src: r0 off: 540 imm: 368
	1013: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	1014: MovImm dst: r1 imm: 16384
	1015: LdImmDW dst: r2 imm: -1 <step>
	1017: MovReg dst: r3 src: rfp
	1018: AddImm dst: r3 imm: -48
	1019: MovImm dst: r4 imm: 0
	1020: Call FnLoop
	1021: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	1022: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	1023: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1024: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1025: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	1026: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1027: OrImm dst: r1 imm: 1
	1028: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	1029: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1030: StXMemW dst: r7 src: r3 off: 0 imm: 0
	1031: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	1032: StXMemW dst: r7 src: r1 off: 12 imm: 0
	1033: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1034: StXMemB dst: r7 src: r1 off: 9 imm: 0
	1035: LoadMapPtr dst: r1 fd: 7
	1037: MovImm dst: r2 imm: 0
	1038: Call FnRingbufQuery
	1039: MovImm dst: r4 imm: 1
	1040: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	1041: MovImm dst: r4 imm: 2
wake_chosen:
	1042: LoadMapPtr dst: r1 fd: 7
	1044: MovReg dst: r2 src: r7
	1045: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1046: AndImm dst: r3 imm: 65535
	1047: Call FnRingbufOutput
	1048: StMemW dst: r8 src: r0 off: 0 imm: 0
	1049: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1050: MovImm dst: r1 imm: 2
	1051: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1052: LoadMapPtr dst: r1 fd: 8
	1054: MovReg dst: r2 src: rfp
	1055: AddImm dst: r2 imm: -8
	1056: Call FnMapLookupElem
	1057: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1058: MovImm dst: r1 imm: 1
	1059: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1060: MovImm dst: r0 imm: 0
	1061: Exit
step:
	1062: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	1063: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1064: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	1065: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	1066: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1067: LoadMapPtr dst: r1 fd: 4
	1069: MovReg dst: r2 src: rfp
	1070: AddImm dst: r2 imm: -8
	1071: Call FnMapLookupElem
	1072: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	1073: MovReg dst: r7 src: r0
	1074: MovImm dst: r5 imm: 0
scan_next:
	1075: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	1076: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1077: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	1078: MovReg dst: r8 src: r1
	1079: AndImm dst: r8 imm: 63
	1080: LShImm dst: r8 imm: 4
	1081: AddReg dst: r8 src: r7
	1082: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	1083: AndImm dst: r9 imm: 65535
	1084: AddImm dst: r1 imm: 1
	1085: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	1086: StXMemW dst: r6 src: r1 off: 44 imm: 0
	1087: Ja off: -1 <slot_ready>
last_slot:
	1088: StMemW dst: r6 src: r0 off: 44 imm: 0
	1089: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	1090: SubImm dst: r1 imm: 1
	1091: StXMemW dst: r6 src: r1 off: 40 imm: 0
	1092: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1093: AddReg dst: r2 src: r9
	1094: StXMemW dst: r6 src: r2 off: 32 imm: 0
	1095: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	1096: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	1097: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	1098: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	1099: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	1100: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	1101: AddReg dst: r2 src: r3
	1102: AddReg dst: r2 src: r9
	1103: AndImm dst: r2 imm: 65535
	1104: AddReg dst: r2 src: r6
	1105: AddImm dst: r2 imm: 49664
	1106: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	1107: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	1108: AndImm dst: r2 imm: 128
	1109: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	1110: Ja off: -1 <cond_ok>
cond_tophash:
	1111: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	1112: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	1113: AddReg dst: r1 src: r9
	1114: AndImm dst: r1 imm: 65535
	1115: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	1116: MovReg dst: r2 src: r3
	1117: SubImm dst: r2 imm: 2
	1118: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	1119: MovReg dst: r2 src: r1
	1120: AddImm dst: r2 imm: 16
	1121: Ja off: -1 <slot_width>
one_word:
	1122: MovReg dst: r2 src: r1
	1123: AddImm dst: r2 imm: 8
slot_width:
	1124: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	1125: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	1126: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1127: MovReg dst: r2 src: r1
	1128: AndImm dst: r2 imm: 65535
	1129: AddReg dst: r2 src: r6
	1130: AddImm dst: r2 imm: 49664
	1131: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1132: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	1133: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1134: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1135: AddImm dst: r5 imm: 1
	1136: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	1137: Ja off: -1 <ret0>
slot_dispatch:
	1138: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	1139: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	1140: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	1141: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	1142: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1143: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	1144: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	1145: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	1146: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	1147: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	1148: Ja off: -1 <ret0>
s_pointer:
	1149: Ja off: -1 <s_map>
s_map:
	1150: MovReg dst: r2 src: r1
	1151: AndImm dst: r2 imm: 65535
	1152: AddReg dst: r2 src: r6
	1153: AddImm dst: r2 imm: 49664
	1154: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1155: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1156: MovImm dst: r3 imm: 1
	1157: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	1158: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1159: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	1160: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	1161: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1162: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1163: AddReg dst: r4 src: r0
	1164: JGTImm dst: r4 off: -1 imm: 3 <pushed_63>
	1165: JEqImm dst: r1 off: -1 imm: 0 <pushed_63>
	1166: JEqImm dst: r3 off: -1 imm: 0 <pushed_63>
	1167: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1168: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1169: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1170: NegImm dst: r1 imm: 0
	1171: AddReg dst: r1 src: r0
	1172: JLTImm dst: r1 off: -1 imm: 512 <push_ok_64>
	1173: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1174: OrImm dst: r1 imm: 1
	1175: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1176: Ja off: -1 <pushed_63>
push_ok_64:
	1177: MovReg dst: r1 src: r0
	1178: AddImm dst: r1 imm: 1
	1179: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1180: AndImm dst: r0 imm: 511
	1181: LShImm dst: r0 imm: 5
	1182: AddReg dst: r0 src: r6
	1183: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1184: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1185: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1186: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1187: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1188: StMemW dst: r0 src: r0 off: 532 imm: 0
	1189: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_63:
	1190: Ja off: -1 <ret0>
s_string:
	1191: MovReg dst: r3 src: r1
	1192: AndImm dst: r3 imm: 65535
	1193: AddReg dst: r3 src: r6
	1194: AddImm dst: r3 imm: 49664
	1195: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	1196: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	1197: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	1198: MovImm dst: r4 imm: 255
str_capped:
	1199: MovReg dst: r1 src: r6
	1200: MovImm dst: r3 imm: 2
	1201: MovImm dst: r5 imm: 1
	1202: Call -1 <read_item>
	1203: Ja off: -1 <ret0>
s_slice:
	1204: MovReg dst: r2 src: r1
	1205: AndImm dst: r2 imm: 65535
	1206: AddReg dst: r2 src: r6
	1207: AddImm dst: r2 imm: 49664
	1208: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1209: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	1210: JLEImm dst: r3 off: -1 imm: 100 <cap_65>
	1211: MovImm dst: r3 imm: 100
cap_65:
	1212: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1213: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1214: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1215: AddReg dst: r4 src: r0
	1216: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1217: JGTImm dst: r4 off: -1 imm: 3 <pushed_66>
	1218: JEqImm dst: r1 off: -1 imm: 0 <pushed_66>
	1219: JEqImm dst: r3 off: -1 imm: 0 <pushed_66>
	1220: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1221: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1222: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1223: NegImm dst: r1 imm: 0
	1224: AddReg dst: r1 src: r0
	1225: JLTImm dst: r1 off: -1 imm: 512 <push_ok_67>
	1226: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1227: OrImm dst: r1 imm: 1
	1228: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1229: Ja off: -1 <pushed_66>
push_ok_67:
	1230: MovReg dst: r1 src: r0
	1231: AddImm dst: r1 imm: 1
	1232: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1233: AndImm dst: r0 imm: 511
	1234: LShImm dst: r0 imm: 5
	1235: AddReg dst: r0 src: r6
	1236: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1237: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1238: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1239: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1240: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1241: StMemW dst: r0 src: r0 off: 532 imm: 0
	1242: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_66:
	1243: Ja off: -1 <ret0>
s_inline:
	1244: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1245: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	1246: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1247: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1248: JEqImm dst: r3 off: -1 imm: 0 <pushed_68>
	1249: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1250: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1251: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1252: NegImm dst: r1 imm: 0
	1253: AddReg dst: r1 src: r0
	1254: JLTImm dst: r1 off: -1 imm: 512 <push_ok_69>
	1255: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1256: OrImm dst: r1 imm: 1
	1257: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1258: Ja off: -1 <pushed_68>
push_ok_69:
	1259: MovReg dst: r1 src: r0
	1260: AddImm dst: r1 imm: 1
	1261: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1262: AndImm dst: r0 imm: 511
	1263: LShImm dst: r0 imm: 5
	1264: AddReg dst: r0 src: r6
	1265: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1266: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1267: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1268: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1269: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1270: StMemW dst: r0 src: r0 off: 532 imm: 1
	1271: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1272: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1273: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_68:
	1274: Ja off: -1 <ret0>
s_swiss_dir:
	1275: MovReg dst: r8 src: r1
	1276: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1277: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1278: LoadMapPtr dst: r1 fd: 4
	1280: MovReg dst: r2 src: rfp
	1281: AddImm dst: r2 imm: -8
	1282: Call FnMapLookupElem
	1283: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1284: MovReg dst: r7 src: r0
	1285: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	1286: AddReg dst: r3 src: r9
	1287: AndImm dst: r3 imm: 65535
	1288: AddReg dst: r3 src: r6
	1289: AddImm dst: r3 imm: 49664
	1290: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1291: MovReg dst: r1 src: r8
	1292: AndImm dst: r1 imm: 65535
	1293: AddReg dst: r1 src: r6
	1294: AddImm dst: r1 imm: 49664
	1295: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1296: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1297: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1298: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	1299: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1300: MovImm dst: r3 imm: 1
	1301: JGTImm dst: r4 off: -1 imm: 3 <pushed_70>
	1302: JEqImm dst: r1 off: -1 imm: 0 <pushed_70>
	1303: JEqImm dst: r3 off: -1 imm: 0 <pushed_70>
	1304: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1305: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1306: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1307: NegImm dst: r1 imm: 0
	1308: AddReg dst: r1 src: r0
	1309: JLTImm dst: r1 off: -1 imm: 512 <push_ok_71>
	1310: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1311: OrImm dst: r1 imm: 1
	1312: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1313: Ja off: -1 <pushed_70>
push_ok_71:
	1314: MovReg dst: r1 src: r0
	1315: AddImm dst: r1 imm: 1
	1316: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1317: AndImm dst: r0 imm: 511
	1318: LShImm dst: r0 imm: 5
	1319: AddReg dst: r0 src: r6
	1320: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1321: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1322: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1323: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1324: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1325: StMemW dst: r0 src: r0 off: 532 imm: 0
	1326: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_70:
	1327: Ja off: -1 <ret0>
swiss_tables:
	1328: JLEImm dst: r3 off: -1 imm: 65535 <cap_72>
	1329: MovImm dst: r3 imm: 65535
cap_72:
	1330: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	1331: JGTImm dst: r4 off: -1 imm: 3 <pushed_73>
	1332: JEqImm dst: r1 off: -1 imm: 0 <pushed_73>
	1333: JEqImm dst: r3 off: -1 imm: 0 <pushed_73>
	1334: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1335: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1336: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1337: NegImm dst: r1 imm: 0
	1338: AddReg dst: r1 src: r0
	1339: JLTImm dst: r1 off: -1 imm: 512 <push_ok_74>
	1340: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1341: OrImm dst: r1 imm: 1
	1342: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1343: Ja off: -1 <pushed_73>
push_ok_74:
	1344: MovReg dst: r1 src: r0
	1345: AddImm dst: r1 imm: 1
	1346: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1347: AndImm dst: r0 imm: 511
	1348: LShImm dst: r0 imm: 5
	1349: AddReg dst: r0 src: r6
	1350: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1351: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1352: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1353: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1354: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1355: StMemW dst: r0 src: r0 off: 532 imm: 0
	1356: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_73:
	1357: Ja off: -1 <ret0>
s_swiss_groups:
	1358: MovReg dst: r8 src: r1
	1359: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1360: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1361: LoadMapPtr dst: r1 fd: 4
	1363: MovReg dst: r2 src: rfp
	1364: AddImm dst: r2 imm: -8
	1365: Call FnMapLookupElem
	1366: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1367: MovReg dst: r7 src: r0
	1368: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	1369: AddReg dst: r3 src: r9
	1370: AndImm dst: r3 imm: 65535
	1371: AddReg dst: r3 src: r6
	1372: AddImm dst: r3 imm: 49664
	1373: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1374: JLEImm dst: r3 off: -1 imm: 65534 <cap_75>
	1375: MovImm dst: r3 imm: 65534
cap_75:
	1376: AddImm dst: r3 imm: 1
	1377: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	1378: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	1379: AddReg dst: r2 src: r9
	1380: AndImm dst: r2 imm: 65535
	1381: AddReg dst: r2 src: r6
	1382: AddImm dst: r2 imm: 49664
	1383: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	1384: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1385: MovReg dst: r0 src: r3
	1386: MulImm dst: r0 imm: 200
	1387: AddReg dst: r0 src: r2
	1388: SubImm dst: r0 imm: 1
	1389: DivReg dst: r0 src: r2
	1390: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	1391: MovReg dst: r3 src: r0
groups_counted:
	1392: MovReg dst: r1 src: r8
	1393: AndImm dst: r1 imm: 65535
	1394: AddReg dst: r1 src: r6
	1395: AddImm dst: r1 imm: 49664
	1396: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1397: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1398: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1399: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1400: JGTImm dst: r4 off: -1 imm: 3 <pushed_76>
	1401: JEqImm dst: r1 off: -1 imm: 0 <pushed_76>
	1402: JEqImm dst: r3 off: -1 imm: 0 <pushed_76>
	1403: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1404: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1405: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1406: NegImm dst: r1 imm: 0
	1407: AddReg dst: r1 src: r0
	1408: JLTImm dst: r1 off: -1 imm: 512 <push_ok_77>
	1409: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1410: OrImm dst: r1 imm: 1
	1411: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1412: Ja off: -1 <pushed_76>
push_ok_77:
	1413: MovReg dst: r1 src: r0
	1414: AddImm dst: r1 imm: 1
	1415: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1416: AndImm dst: r0 imm: 511
	1417: LShImm dst: r0 imm: 5
	1418: AddReg dst: r0 src: r6
	1419: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1420: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1421: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1422: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1423: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1424: StMemW dst: r0 src: r0 off: 532 imm: 0
	1425: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_76:
	1426: Ja off: -1 <ret0>
s_hmap_buckets:
	1427: MovReg dst: r8 src: r1
	1428: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1429: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1430: LoadMapPtr dst: r1 fd: 4
	1432: MovReg dst: r2 src: rfp
	1433: AddImm dst: r2 imm: -8
	1434: Call FnMapLookupElem
	1435: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1436: MovReg dst: r7 src: r0
	1437: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1438: AddReg dst: r0 src: r9
	1439: AndImm dst: r0 imm: 65535
	1440: AddReg dst: r0 src: r6
	1441: AddImm dst: r0 imm: 49664
	1442: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1443: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1444: MovImm dst: r0 imm: 16
hmap_b:
	1445: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1446: MovImm dst: r3 imm: 1
	1447: LShReg dst: r3 src: r0
	1448: MovReg dst: r1 src: r8
	1449: AndImm dst: r1 imm: 65535
	1450: AddReg dst: r1 src: r6
	1451: AddImm dst: r1 imm: 49664
	1452: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1453: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1454: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1455: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1456: JGTImm dst: r4 off: -1 imm: 3 <pushed_78>
	1457: JEqImm dst: r1 off: -1 imm: 0 <pushed_78>
	1458: JEqImm dst: r3 off: -1 imm: 0 <pushed_78>
	1459: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1460: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1461: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1462: NegImm dst: r1 imm: 0
	1463: AddReg dst: r1 src: r0
	1464: JLTImm dst: r1 off: -1 imm: 512 <push_ok_79>
	1465: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1466: OrImm dst: r1 imm: 1
	1467: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1468: Ja off: -1 <pushed_78>
push_ok_79:
	1469: MovReg dst: r1 src: r0
	1470: AddImm dst: r1 imm: 1
	1471: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1472: AndImm dst: r0 imm: 511
	1473: LShImm dst: r0 imm: 5
	1474: AddReg dst: r0 src: r6
	1475: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1476: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1477: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1478: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1479: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1480: StMemW dst: r0 src: r0 off: 532 imm: 0
	1481: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_78:
	1482: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1483: AddReg dst: r1 src: r9
	1484: AndImm dst: r1 imm: 65535
	1485: AddReg dst: r1 src: r6
	1486: AddImm dst: r1 imm: 49664
	1487: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1488: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1489: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1490: SubImm dst: r0 imm: 1
	1491: MovImm dst: r3 imm: 1
	1492: LShReg dst: r3 src: r0
	1493: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1494: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1495: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1496: JGTImm dst: r4 off: -1 imm: 3 <pushed_80>
	1497: JEqImm dst: r1 off: -1 imm: 0 <pushed_80>
	1498: JEqImm dst: r3 off: -1 imm: 0 <pushed_80>
	1499: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1500: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1501: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1502: NegImm dst: r1 imm: 0
	1503: AddReg dst: r1 src: r0
	1504: JLTImm dst: r1 off: -1 imm: 512 <push_ok_81>
	1505: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1506: OrImm dst: r1 imm: 1
	1507: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1508: Ja off: -1 <pushed_80>
push_ok_81:
	1509: MovReg dst: r1 src: r0
	1510: AddImm dst: r1 imm: 1
	1511: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1512: AndImm dst: r0 imm: 511
	1513: LShImm dst: r0 imm: 5
	1514: AddReg dst: r0 src: r6
	1515: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1516: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1517: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1518: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1519: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1520: StMemW dst: r0 src: r0 off: 532 imm: 0
	1521: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_80:
	1522: Ja off: -1 <ret0>
s_iface:
	1523: MovReg dst: r9 src: r1
	1524: MovReg dst: r2 src: r1
	1525: AndImm dst: r2 imm: 65535
	1526: AddReg dst: r2 src: r6
	1527: AddImm dst: r2 imm: 49664
	1528: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1529: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1530: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1531: MovReg dst: r1 src: r6
	1532: MovImm dst: r3 imm: 20
	1533: MovImm dst: r4 imm: 1
	1534: MovImm dst: r5 imm: 0
	1535: Call -1 <read_item>
	1536: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1537: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1538: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1539: MovReg dst: r1 src: r0
	1540: AndImm dst: r1 imm: 65535
	1541: AddReg dst: r1 src: r6
	1542: AddImm dst: r1 imm: 49664
	1543: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1544: Ja off: -1 <iface_type>
itab_reread:
	1545: MovReg dst: r1 src: rfp
	1546: AddImm dst: r1 imm: -8
	1547: MovImm dst: r2 imm: 8
	1548: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1549: AddImm dst: r3 imm: 8
	1550: Call FnProbeReadUser
	1551: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1552: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1553: Ja off: -1 <iface_type>
s_eface:
	1554: MovReg dst: r9 src: r1
	1555: MovReg dst: r2 src: r1
	1556: AndImm dst: r2 imm: 65535
	1557: AddReg dst: r2 src: r6
	1558: AddImm dst: r2 imm: 49664
	1559: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1560: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1561: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1562: LoadMapPtr dst: r1 fd: 5
	1564: MovReg dst: r2 src: rfp
	1565: AddImm dst: r2 imm: -8
	1566: Call FnMapLookupElem
	1567: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1568: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1569: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1570: MovImm dst: r3 imm: 1
	1571: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1572: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1573: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1574: MovReg dst: r1 src: r9
	1575: AndImm dst: r1 imm: 65535
	1576: AddReg dst: r1 src: r6
	1577: AddImm dst: r1 imm: 49664
	1578: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1579: AddImm dst: r4 imm: 1
	1580: JGTImm dst: r4 off: -1 imm: 3 <pushed_82>
	1581: JEqImm dst: r1 off: -1 imm: 0 <pushed_82>
	1582: JEqImm dst: r3 off: -1 imm: 0 <pushed_82>
	1583: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1584: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1585: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1586: NegImm dst: r1 imm: 0
	1587: AddReg dst: r1 src: r0
	1588: JLTImm dst: r1 off: -1 imm: 512 <push_ok_83>
	1589: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1590: OrImm dst: r1 imm: 1
	1591: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1592: Ja off: -1 <pushed_82>
push_ok_83:
	1593: MovReg dst: r1 src: r0
	1594: AddImm dst: r1 imm: 1
	1595: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1596: AndImm dst: r0 imm: 511
	1597: LShImm dst: r0 imm: 5
	1598: AddReg dst: r0 src: r6
	1599: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1600: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1601: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1602: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1603: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1604: StMemW dst: r0 src: r0 off: 532 imm: 0
	1605: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_82:
	1606: Ja off: -1 <ret0>
iface_direct:
	1607: MovReg dst: r1 src: r9
	1608: AddImm dst: r1 imm: 8
	1609: JEqImm dst: r3 off: -1 imm: 0 <pushed_84>
	1610: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1611: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1612: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1613: NegImm dst: r1 imm: 0
	1614: AddReg dst: r1 src: r0
	1615: JLTImm dst: r1 off: -1 imm: 512 <push_ok_85>
	1616: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1617: OrImm dst: r1 imm: 1
	1618: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1619: Ja off: -1 <pushed_84>
push_ok_85:
	1620: MovReg dst: r1 src: r0
	1621: AddImm dst: r1 imm: 1
	1622: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1623: AndImm dst: r0 imm: 511
	1624: LShImm dst: r0 imm: 5
	1625: AddReg dst: r0 src: r6
	1626: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1627: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1628: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1629: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1630: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1631: StMemW dst: r0 src: r0 off: 532 imm: 1
	1632: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1633: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1634: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_84:
	1635: Ja off: -1 <ret0>
scan_end:
	1636: StMemW dst: r6 src: r0 off: 28 imm: 0
	1637: Ja off: -1 <ret0>
pop:
	1638: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1639: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1640: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1641: MovImm dst: r0 imm: 1
	1642: Exit
have_task:
	1643: MovReg dst: r2 src: r1
	1644: AddImm dst: r2 imm: 1
	1645: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1646: MovReg dst: r8 src: r1
	1647: AndImm dst: r8 imm: 511
	1648: LShImm dst: r8 imm: 5
	1649: AddReg dst: r8 src: r6
	1650: AddImm dst: r8 imm: 512
	1651: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1652: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1653: LoadMapPtr dst: r1 fd: 4
	1655: MovReg dst: r2 src: rfp
	1656: AddImm dst: r2 imm: -8
	1657: Call FnMapLookupElem
	1658: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1659: MovReg dst: r7 src: r0
	1660: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1661: JEqImm dst: r1 off: -1 imm: 0 <read>
	1662: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1663: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1664: Ja off: -1 <start_scan>
read:
	1665: MovReg dst: r1 src: r6
	1666: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1667: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1668: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1669: MovImm dst: r5 imm: 1
	1670: Call -1 <read_item>
	1671: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1672: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1673: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1674: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1675: AddReg dst: r2 src: r0
	1676: MovReg dst: r1 src: r0
start_scan:
	1677: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1678: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1679: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1680: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1681: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1682: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1683: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1684: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1685: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1686: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1687: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1688: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1689: StMemW dst: r6 src: r0 off: 44 imm: 0
	1690: StMemW dst: r6 src: r0 off: 28 imm: 1
	1691: Ja off: -1 <scan>
ret0:
	1692: MovImm dst: r0 imm: 0
	1693: Exit
read_item:
	1694: MovReg dst: r6 src: r1
	1695: MovReg dst: r9 src: r2
	1696: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1697: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1698: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1699: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1700: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1701: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1702: LoadMapPtr dst: r1 fd: 4
	1704: MovReg dst: r2 src: rfp
	1705: AddImm dst: r2 imm: -8
	1706: Call FnMapLookupElem
	1707: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1708: MovReg dst: r7 src: r0
	1709: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1710: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1711: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1712: MulReg dst: r1 src: r2
	1713: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1714: MovImm dst: r1 imm: 65535
ri_asked:
	1715: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1716: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1717: MovReg dst: r3 src: r2
	1718: LShImm dst: r3 imm: 40
	1719: MovReg dst: r1 src: r9
	1720: XorReg dst: r1 src: r3
	1721: LdImmDW dst: r3 imm: -7046029254386353131
	1723: MulReg dst: r1 src: r3
	1724: RShImm dst: r1 imm: 54
	1725: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1726: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1727: MovReg dst: r4 src: r1
	1728: AddImm dst: r4 imm: 0
	1729: AndImm dst: r4 imm: 1023
	1730: LShImm dst: r4 imm: 5
	1731: AddReg dst: r4 src: r6
	1732: AddImm dst: r4 imm: 16896
	1733: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1734: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1735: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1736: JNEReg dst: r5 off: -1 src: r9 <dedup_next_86>
	1737: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1738: JNEReg dst: r5 off: -1 src: r2 <dedup_next_86>
	1739: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1740: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1741: Ja off: -1 <dedup_insert>
dedup_next_86:
	1742: MovReg dst: r4 src: r1
	1743: AddImm dst: r4 imm: 1
	1744: AndImm dst: r4 imm: 1023
	1745: LShImm dst: r4 imm: 5
	1746: AddReg dst: r4 src: r6
	1747: AddImm dst: r4 imm: 16896
	1748: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1749: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1750: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1751: JNEReg dst: r5 off: -1 src: r9 <dedup_next_87>
	1752: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1753: JNEReg dst: r5 off: -1 src: r2 <dedup_next_87>
	1754: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1755: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1756: Ja off: -1 <dedup_insert>
dedup_next_87:
	1757: MovReg dst: r4 src: r1
	1758: AddImm dst: r4 imm: 2
	1759: AndImm dst: r4 imm: 1023
	1760: LShImm dst: r4 imm: 5
	1761: AddReg dst: r4 src: r6
	1762: AddImm dst: r4 imm: 16896
	1763: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1764: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1765: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1766: JNEReg dst: r5 off: -1 src: r9 <dedup_next_88>
	1767: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1768: JNEReg dst: r5 off: -1 src: r2 <dedup_next_88>
	1769: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1770: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1771: Ja off: -1 <dedup_insert>
dedup_next_88:
	1772: MovReg dst: r4 src: r1
	1773: AddImm dst: r4 imm: 3
	1774: AndImm dst: r4 imm: 1023
	1775: LShImm dst: r4 imm: 5
	1776: AddReg dst: r4 src: r6
	1777: AddImm dst: r4 imm: 16896
	1778: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1779: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1780: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1781: JNEReg dst: r5 off: -1 src: r9 <dedup_next_89>
	1782: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1783: JNEReg dst: r5 off: -1 src: r2 <dedup_next_89>
	1784: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1785: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1786: Ja off: -1 <dedup_insert>
dedup_next_89:
	1787: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1788: OrImm dst: r1 imm: 1
	1789: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1790: Ja off: -1 <ri_none>
dedup_insert:
	1791: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1792: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1793: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1794: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1795: MovImm dst: r1 imm: 4328
	1796: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1797: SubReg dst: r1 src: r2
	1798: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1799: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1800: AndImm dst: r1 imm: -8
	1801: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1802: MovReg dst: r3 src: r1
	1803: StMemW dst: r6 src: r0 off: 84 imm: 1
	1804: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1805: OrImm dst: r1 imm: 1
	1806: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1807: Ja off: -1 <ri_prefix>
ri_no_room:
	1808: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1809: OrImm dst: r1 imm: 1
	1810: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1811: Ja off: -1 <ri_none>
ri_room:
	1812: DivReg dst: r1 src: r2
	1813: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1814: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1815: MovReg dst: r3 src: r1
	1816: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1817: OrImm dst: r1 imm: 1
	1818: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1819: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1820: MulReg dst: r3 src: r2
ri_prefix:
	1821: AndImm dst: r3 imm: 65535
	1822: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1823: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1824: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1825: AndImm dst: r1 imm: 65535
	1826: AddReg dst: r1 src: r6
	1827: AddImm dst: r1 imm: 49664
	1828: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1829: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1830: StMemW dst: r1 src: r0 off: 4 imm: 0
	1831: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1832: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1833: MovReg dst: r2 src: r3
	1834: AddImm dst: r2 imm: 7
	1835: AndImm dst: r2 imm: -8
	1836: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1837: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1838: AddImm dst: r2 imm: 1
	1839: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1840: AddImm dst: r1 imm: 24
	1841: MovReg dst: r2 src: r3
	1842: MovReg dst: r3 src: r9
	1843: Call FnProbeReadUser
	1844: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1845: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1846: AndImm dst: r1 imm: 65535
	1847: AddReg dst: r1 src: r6
	1848: AddImm dst: r1 imm: 49664
	1849: StMemW dst: r1 src: r0 off: 4 imm: 1
	1850: StMemW dst: r1 src: r0 off: 16 imm: 0
	1851: StMemW dst: r1 src: r0 off: 20 imm: 0
	1852: MovImm dst: r2 imm: 0
	1853: Ja off: -1 <ri_advance>
ri_read:
	1854: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1855: AddImm dst: r2 imm: 7
	1856: AndImm dst: r2 imm: -8
ri_advance:
	1857: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1858: AddImm dst: r1 imm: 24
	1859: MovReg dst: r0 src: r1
	1860: AddReg dst: r1 src: r2
	1861: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1862: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1863: AddImm dst: r1 imm: 24
	1864: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1865: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1866: AddReg dst: r1 src: r2
	1867: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1868: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1869: Exit
ri_static:
	1870: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1871: AndImm dst: r1 imm: 65535
	1872: AddReg dst: r1 src: r6
	1873: AddImm dst: r1 imm: 49664
	1874: StMemW dst: r1 src: r0 off: 4 imm: 128
	1875: StMemW dst: r1 src: r0 off: 20 imm: 0
	1876: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1877: AddImm dst: r1 imm: 24
	1878: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1879: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1880: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1881: AddImm dst: r2 imm: 31
	1882: AndImm dst: r2 imm: -8
	1883: AddReg dst: r1 src: r2
	1884: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1885: MovImm dst: r0 imm: -1
	1886: Exit
