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
	  19: StMemW dst: r8 src: r0 off: 8 imm: 328
	  20: StMemW dst: r8 src: r0 off: 80 imm: 328
	  21: StMemW dst: r8 src: r0 off: 12 imm: 1
	  22: StMemW dst: r8 src: r0 off: 16 imm: 0
	  23: StMemW dst: r8 src: r0 off: 20 imm: 0
	  24: StMemW dst: r8 src: r0 off: 24 imm: 1
	  25: StMemW dst: r8 src: r0 off: 28 imm: 0
	  26: StMemH dst: r7 src: r0 off: 4 imm: 2
	  27: StMemH dst: r7 src: r0 off: 6 imm: 0
	  28: StMemB dst: r7 src: r0 off: 8 imm: 1
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
	  40: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  41: JEqImm dst: r1 off: -1 imm: 0 <no_call>
	  42: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  43: SubReg dst: r1 src: r2
	  44: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  45: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  46: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  47: StMemW dst: rfp src: r0 off: -20 imm: 2
	  48: LoadMapPtr dst: r1 fd: 6
	  50: MovReg dst: r2 src: rfp
	  51: AddImm dst: r2 imm: -32
	  52: Call FnMapLookupElem
	  53: JEqImm dst: r0 off: -1 imm: 0 <no_call>
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  56: LoadMapPtr dst: r1 fd: 6
	  58: MovReg dst: r2 src: rfp
	  59: AddImm dst: r2 imm: -32
	  60: Call FnMapDeleteElem
	  61: Ja off: -1 <call_done>
no_call:
	  62: StMemW dst: r8 src: r0 off: 0 imm: 0
	  63: Ja off: -1 <exit>
call_done:
	  64: MovReg dst: r1 src: r6
	  65: Call FnGetAttachCookie
	  66: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  67: StMemH dst: r7 src: r0 off: 10 imm: 1
	  68: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  69: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  70: SubReg dst: r2 src: r3
	  71: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  72: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  73: MovImm dst: r2 imm: 2048
	  74: Ja off: -1 <window_sized>
window_none:
	  75: MovImm dst: r2 imm: 0
window_sized:
	  76: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  77: MovReg dst: r1 src: r8
	  78: AddImm dst: r1 imm: 180992
	  79: Call FnProbeReadUser
	  80: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  81: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  82: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  83: MovReg dst: r1 src: r9
	  84: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  85: SubReg dst: r1 src: r2
	  86: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  87: MovReg dst: r2 src: r1
	  88: AddImm dst: r2 imm: 16
	  89: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  90: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  91: AddReg dst: r1 src: r8
	  92: AddImm dst: r1 imm: 180992
	  93: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  94: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  95: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  96: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  97: Ja off: -1 <frame_got_2>
frame_read_1:
	  98: MovReg dst: r1 src: r8
	  99: AddImm dst: r1 imm: 64
	 100: MovImm dst: r2 imm: 16
	 101: MovReg dst: r3 src: r9
	 102: Call FnProbeReadUser
	 103: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	 104: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 105: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 106: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 107: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 108: StMemH dst: r7 src: r0 off: 10 imm: 2
	 109: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 110: MovReg dst: r1 src: r9
	 111: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 112: SubReg dst: r1 src: r2
	 113: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	 114: MovReg dst: r2 src: r1
	 115: AddImm dst: r2 imm: 16
	 116: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 117: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	 118: AddReg dst: r1 src: r8
	 119: AddImm dst: r1 imm: 180992
	 120: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 121: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 122: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 123: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 124: Ja off: -1 <frame_got_4>
frame_read_3:
	 125: MovReg dst: r1 src: r8
	 126: AddImm dst: r1 imm: 64
	 127: MovImm dst: r2 imm: 16
	 128: MovReg dst: r3 src: r9
	 129: Call FnProbeReadUser
	 130: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 131: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 132: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 133: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 134: StMemH dst: r7 src: r0 off: 10 imm: 3
	 135: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 136: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 137: MovReg dst: r9 src: r1
	 138: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 139: MovReg dst: r1 src: r9
	 140: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 141: SubReg dst: r1 src: r2
	 142: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 143: MovReg dst: r2 src: r1
	 144: AddImm dst: r2 imm: 16
	 145: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 146: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 147: AddReg dst: r1 src: r8
	 148: AddImm dst: r1 imm: 180992
	 149: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 150: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 151: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 152: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 153: Ja off: -1 <frame_got_6>
frame_read_5:
	 154: MovReg dst: r1 src: r8
	 155: AddImm dst: r1 imm: 64
	 156: MovImm dst: r2 imm: 16
	 157: MovReg dst: r3 src: r9
	 158: Call FnProbeReadUser
	 159: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 160: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 161: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 162: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 163: StMemH dst: r7 src: r0 off: 10 imm: 4
	 164: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 165: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 166: MovReg dst: r9 src: r1
	 167: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 168: MovReg dst: r1 src: r9
	 169: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 170: SubReg dst: r1 src: r2
	 171: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 172: MovReg dst: r2 src: r1
	 173: AddImm dst: r2 imm: 16
	 174: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 175: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 176: AddReg dst: r1 src: r8
	 177: AddImm dst: r1 imm: 180992
	 178: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 179: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 180: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 181: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 182: Ja off: -1 <frame_got_8>
frame_read_7:
	 183: MovReg dst: r1 src: r8
	 184: AddImm dst: r1 imm: 64
	 185: MovImm dst: r2 imm: 16
	 186: MovReg dst: r3 src: r9
	 187: Call FnProbeReadUser
	 188: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 189: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 190: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 191: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 192: StMemH dst: r7 src: r0 off: 10 imm: 5
	 193: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 194: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 195: MovReg dst: r9 src: r1
	 196: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 197: MovReg dst: r1 src: r9
	 198: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 199: SubReg dst: r1 src: r2
	 200: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 201: MovReg dst: r2 src: r1
	 202: AddImm dst: r2 imm: 16
	 203: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 204: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 205: AddReg dst: r1 src: r8
	 206: AddImm dst: r1 imm: 180992
	 207: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 208: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 209: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 210: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 211: Ja off: -1 <frame_got_10>
frame_read_9:
	 212: MovReg dst: r1 src: r8
	 213: AddImm dst: r1 imm: 64
	 214: MovImm dst: r2 imm: 16
	 215: MovReg dst: r3 src: r9
	 216: Call FnProbeReadUser
	 217: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 218: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 219: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 220: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 221: StMemH dst: r7 src: r0 off: 10 imm: 6
	 222: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 223: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 224: MovReg dst: r9 src: r1
	 225: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 226: MovReg dst: r1 src: r9
	 227: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 228: SubReg dst: r1 src: r2
	 229: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 230: MovReg dst: r2 src: r1
	 231: AddImm dst: r2 imm: 16
	 232: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 233: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 234: AddReg dst: r1 src: r8
	 235: AddImm dst: r1 imm: 180992
	 236: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 237: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 238: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 239: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 240: Ja off: -1 <frame_got_12>
frame_read_11:
	 241: MovReg dst: r1 src: r8
	 242: AddImm dst: r1 imm: 64
	 243: MovImm dst: r2 imm: 16
	 244: MovReg dst: r3 src: r9
	 245: Call FnProbeReadUser
	 246: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 247: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 248: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 249: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 250: StMemH dst: r7 src: r0 off: 10 imm: 7
	 251: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 252: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 253: MovReg dst: r9 src: r1
	 254: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 255: MovReg dst: r1 src: r9
	 256: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 257: SubReg dst: r1 src: r2
	 258: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 259: MovReg dst: r2 src: r1
	 260: AddImm dst: r2 imm: 16
	 261: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 262: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 263: AddReg dst: r1 src: r8
	 264: AddImm dst: r1 imm: 180992
	 265: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 266: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 267: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 268: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 269: Ja off: -1 <frame_got_14>
frame_read_13:
	 270: MovReg dst: r1 src: r8
	 271: AddImm dst: r1 imm: 64
	 272: MovImm dst: r2 imm: 16
	 273: MovReg dst: r3 src: r9
	 274: Call FnProbeReadUser
	 275: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 276: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 277: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 278: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 279: StMemH dst: r7 src: r0 off: 10 imm: 8
	 280: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 281: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 282: MovReg dst: r9 src: r1
	 283: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 284: MovReg dst: r1 src: r9
	 285: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 286: SubReg dst: r1 src: r2
	 287: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 288: MovReg dst: r2 src: r1
	 289: AddImm dst: r2 imm: 16
	 290: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 291: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 292: AddReg dst: r1 src: r8
	 293: AddImm dst: r1 imm: 180992
	 294: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 295: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 296: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 297: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 298: Ja off: -1 <frame_got_16>
frame_read_15:
	 299: MovReg dst: r1 src: r8
	 300: AddImm dst: r1 imm: 64
	 301: MovImm dst: r2 imm: 16
	 302: MovReg dst: r3 src: r9
	 303: Call FnProbeReadUser
	 304: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 305: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 306: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 307: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 308: StMemH dst: r7 src: r0 off: 10 imm: 9
	 309: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 310: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 311: MovReg dst: r9 src: r1
	 312: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 313: MovReg dst: r1 src: r9
	 314: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 315: SubReg dst: r1 src: r2
	 316: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 317: MovReg dst: r2 src: r1
	 318: AddImm dst: r2 imm: 16
	 319: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 320: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 321: AddReg dst: r1 src: r8
	 322: AddImm dst: r1 imm: 180992
	 323: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 324: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 325: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 326: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 327: Ja off: -1 <frame_got_18>
frame_read_17:
	 328: MovReg dst: r1 src: r8
	 329: AddImm dst: r1 imm: 64
	 330: MovImm dst: r2 imm: 16
	 331: MovReg dst: r3 src: r9
	 332: Call FnProbeReadUser
	 333: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 334: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 335: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 336: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 337: StMemH dst: r7 src: r0 off: 10 imm: 10
	 338: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 339: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 340: MovReg dst: r9 src: r1
	 341: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 342: MovReg dst: r1 src: r9
	 343: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 344: SubReg dst: r1 src: r2
	 345: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 346: MovReg dst: r2 src: r1
	 347: AddImm dst: r2 imm: 16
	 348: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 349: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 350: AddReg dst: r1 src: r8
	 351: AddImm dst: r1 imm: 180992
	 352: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 353: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 354: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 355: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 356: Ja off: -1 <frame_got_20>
frame_read_19:
	 357: MovReg dst: r1 src: r8
	 358: AddImm dst: r1 imm: 64
	 359: MovImm dst: r2 imm: 16
	 360: MovReg dst: r3 src: r9
	 361: Call FnProbeReadUser
	 362: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 363: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 364: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 365: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 366: StMemH dst: r7 src: r0 off: 10 imm: 11
	 367: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 368: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 369: MovReg dst: r9 src: r1
	 370: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 371: MovReg dst: r1 src: r9
	 372: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 373: SubReg dst: r1 src: r2
	 374: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 375: MovReg dst: r2 src: r1
	 376: AddImm dst: r2 imm: 16
	 377: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 378: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 379: AddReg dst: r1 src: r8
	 380: AddImm dst: r1 imm: 180992
	 381: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 382: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 383: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 384: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 385: Ja off: -1 <frame_got_22>
frame_read_21:
	 386: MovReg dst: r1 src: r8
	 387: AddImm dst: r1 imm: 64
	 388: MovImm dst: r2 imm: 16
	 389: MovReg dst: r3 src: r9
	 390: Call FnProbeReadUser
	 391: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 392: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 393: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 394: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 395: StMemH dst: r7 src: r0 off: 10 imm: 12
	 396: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 397: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 398: MovReg dst: r9 src: r1
	 399: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 400: MovReg dst: r1 src: r9
	 401: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 402: SubReg dst: r1 src: r2
	 403: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 404: MovReg dst: r2 src: r1
	 405: AddImm dst: r2 imm: 16
	 406: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 407: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 408: AddReg dst: r1 src: r8
	 409: AddImm dst: r1 imm: 180992
	 410: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 411: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 412: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 413: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 414: Ja off: -1 <frame_got_24>
frame_read_23:
	 415: MovReg dst: r1 src: r8
	 416: AddImm dst: r1 imm: 64
	 417: MovImm dst: r2 imm: 16
	 418: MovReg dst: r3 src: r9
	 419: Call FnProbeReadUser
	 420: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 421: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 422: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 423: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 424: StMemH dst: r7 src: r0 off: 10 imm: 13
	 425: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 426: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 427: MovReg dst: r9 src: r1
	 428: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 429: MovReg dst: r1 src: r9
	 430: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 431: SubReg dst: r1 src: r2
	 432: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 433: MovReg dst: r2 src: r1
	 434: AddImm dst: r2 imm: 16
	 435: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 436: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 437: AddReg dst: r1 src: r8
	 438: AddImm dst: r1 imm: 180992
	 439: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 440: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 441: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 442: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 443: Ja off: -1 <frame_got_26>
frame_read_25:
	 444: MovReg dst: r1 src: r8
	 445: AddImm dst: r1 imm: 64
	 446: MovImm dst: r2 imm: 16
	 447: MovReg dst: r3 src: r9
	 448: Call FnProbeReadUser
	 449: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 450: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 451: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 452: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 453: StMemH dst: r7 src: r0 off: 10 imm: 14
	 454: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 455: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 456: MovReg dst: r9 src: r1
	 457: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 458: MovReg dst: r1 src: r9
	 459: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 460: SubReg dst: r1 src: r2
	 461: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 462: MovReg dst: r2 src: r1
	 463: AddImm dst: r2 imm: 16
	 464: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 465: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 466: AddReg dst: r1 src: r8
	 467: AddImm dst: r1 imm: 180992
	 468: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 469: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 470: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 471: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 472: Ja off: -1 <frame_got_28>
frame_read_27:
	 473: MovReg dst: r1 src: r8
	 474: AddImm dst: r1 imm: 64
	 475: MovImm dst: r2 imm: 16
	 476: MovReg dst: r3 src: r9
	 477: Call FnProbeReadUser
	 478: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 479: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 481: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 482: StMemH dst: r7 src: r0 off: 10 imm: 15
	 483: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 484: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 485: MovReg dst: r9 src: r1
	 486: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 487: MovReg dst: r1 src: r9
	 488: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 489: SubReg dst: r1 src: r2
	 490: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 491: MovReg dst: r2 src: r1
	 492: AddImm dst: r2 imm: 16
	 493: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 494: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 495: AddReg dst: r1 src: r8
	 496: AddImm dst: r1 imm: 180992
	 497: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 498: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 499: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 500: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 501: Ja off: -1 <frame_got_30>
frame_read_29:
	 502: MovReg dst: r1 src: r8
	 503: AddImm dst: r1 imm: 64
	 504: MovImm dst: r2 imm: 16
	 505: MovReg dst: r3 src: r9
	 506: Call FnProbeReadUser
	 507: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 508: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 509: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 510: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 511: StMemH dst: r7 src: r0 off: 10 imm: 16
	 512: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 513: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 514: MovReg dst: r9 src: r1
	 515: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 516: MovReg dst: r1 src: r9
	 517: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 518: SubReg dst: r1 src: r2
	 519: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 520: MovReg dst: r2 src: r1
	 521: AddImm dst: r2 imm: 16
	 522: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 523: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 524: AddReg dst: r1 src: r8
	 525: AddImm dst: r1 imm: 180992
	 526: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 527: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 528: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 529: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 530: Ja off: -1 <frame_got_32>
frame_read_31:
	 531: MovReg dst: r1 src: r8
	 532: AddImm dst: r1 imm: 64
	 533: MovImm dst: r2 imm: 16
	 534: MovReg dst: r3 src: r9
	 535: Call FnProbeReadUser
	 536: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
	 537: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 538: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 539: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 540: StMemH dst: r7 src: r0 off: 10 imm: 17
	 541: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 542: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 543: MovReg dst: r9 src: r1
	 544: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 545: MovReg dst: r1 src: r9
	 546: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 547: SubReg dst: r1 src: r2
	 548: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 549: MovReg dst: r2 src: r1
	 550: AddImm dst: r2 imm: 16
	 551: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 552: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 553: AddReg dst: r1 src: r8
	 554: AddImm dst: r1 imm: 180992
	 555: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 556: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 557: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 558: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 559: Ja off: -1 <frame_got_34>
frame_read_33:
	 560: MovReg dst: r1 src: r8
	 561: AddImm dst: r1 imm: 64
	 562: MovImm dst: r2 imm: 16
	 563: MovReg dst: r3 src: r9
	 564: Call FnProbeReadUser
	 565: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 566: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 567: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 568: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 569: StMemH dst: r7 src: r0 off: 10 imm: 18
	 570: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 571: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 572: MovReg dst: r9 src: r1
	 573: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 574: MovReg dst: r1 src: r9
	 575: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 576: SubReg dst: r1 src: r2
	 577: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_35>
	 578: MovReg dst: r2 src: r1
	 579: AddImm dst: r2 imm: 16
	 580: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 581: JGTReg dst: r2 off: -1 src: r3 <frame_read_35>
	 582: AddReg dst: r1 src: r8
	 583: AddImm dst: r1 imm: 180992
	 584: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 585: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 586: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 587: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 588: Ja off: -1 <frame_got_36>
frame_read_35:
	 589: MovReg dst: r1 src: r8
	 590: AddImm dst: r1 imm: 64
	 591: MovImm dst: r2 imm: 16
	 592: MovReg dst: r3 src: r9
	 593: Call FnProbeReadUser
	 594: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_36:
	 595: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 596: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 597: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 598: StMemH dst: r7 src: r0 off: 10 imm: 19
	 599: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 600: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 601: MovReg dst: r9 src: r1
	 602: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 603: MovReg dst: r1 src: r9
	 604: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 605: SubReg dst: r1 src: r2
	 606: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_37>
	 607: MovReg dst: r2 src: r1
	 608: AddImm dst: r2 imm: 16
	 609: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 610: JGTReg dst: r2 off: -1 src: r3 <frame_read_37>
	 611: AddReg dst: r1 src: r8
	 612: AddImm dst: r1 imm: 180992
	 613: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 614: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 615: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 616: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 617: Ja off: -1 <frame_got_38>
frame_read_37:
	 618: MovReg dst: r1 src: r8
	 619: AddImm dst: r1 imm: 64
	 620: MovImm dst: r2 imm: 16
	 621: MovReg dst: r3 src: r9
	 622: Call FnProbeReadUser
	 623: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_38:
	 624: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 625: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 626: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 627: StMemH dst: r7 src: r0 off: 10 imm: 20
	 628: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 629: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 630: MovReg dst: r9 src: r1
	 631: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 632: MovReg dst: r1 src: r9
	 633: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 634: SubReg dst: r1 src: r2
	 635: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_39>
	 636: MovReg dst: r2 src: r1
	 637: AddImm dst: r2 imm: 16
	 638: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 639: JGTReg dst: r2 off: -1 src: r3 <frame_read_39>
	 640: AddReg dst: r1 src: r8
	 641: AddImm dst: r1 imm: 180992
	 642: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 643: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 644: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 645: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 646: Ja off: -1 <frame_got_40>
frame_read_39:
	 647: MovReg dst: r1 src: r8
	 648: AddImm dst: r1 imm: 64
	 649: MovImm dst: r2 imm: 16
	 650: MovReg dst: r3 src: r9
	 651: Call FnProbeReadUser
	 652: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_40:
	 653: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 654: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 655: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 656: StMemH dst: r7 src: r0 off: 10 imm: 21
	 657: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 658: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 659: MovReg dst: r9 src: r1
	 660: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 661: MovReg dst: r1 src: r9
	 662: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 663: SubReg dst: r1 src: r2
	 664: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_41>
	 665: MovReg dst: r2 src: r1
	 666: AddImm dst: r2 imm: 16
	 667: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 668: JGTReg dst: r2 off: -1 src: r3 <frame_read_41>
	 669: AddReg dst: r1 src: r8
	 670: AddImm dst: r1 imm: 180992
	 671: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 672: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 673: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 674: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 675: Ja off: -1 <frame_got_42>
frame_read_41:
	 676: MovReg dst: r1 src: r8
	 677: AddImm dst: r1 imm: 64
	 678: MovImm dst: r2 imm: 16
	 679: MovReg dst: r3 src: r9
	 680: Call FnProbeReadUser
	 681: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_42:
	 682: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 683: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 684: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 685: StMemH dst: r7 src: r0 off: 10 imm: 22
	 686: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 687: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 688: MovReg dst: r9 src: r1
	 689: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 690: MovReg dst: r1 src: r9
	 691: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 692: SubReg dst: r1 src: r2
	 693: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_43>
	 694: MovReg dst: r2 src: r1
	 695: AddImm dst: r2 imm: 16
	 696: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 697: JGTReg dst: r2 off: -1 src: r3 <frame_read_43>
	 698: AddReg dst: r1 src: r8
	 699: AddImm dst: r1 imm: 180992
	 700: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 701: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 702: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 703: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 704: Ja off: -1 <frame_got_44>
frame_read_43:
	 705: MovReg dst: r1 src: r8
	 706: AddImm dst: r1 imm: 64
	 707: MovImm dst: r2 imm: 16
	 708: MovReg dst: r3 src: r9
	 709: Call FnProbeReadUser
	 710: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_44:
	 711: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 712: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 713: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 714: StMemH dst: r7 src: r0 off: 10 imm: 23
	 715: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 716: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 717: MovReg dst: r9 src: r1
	 718: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 719: MovReg dst: r1 src: r9
	 720: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 721: SubReg dst: r1 src: r2
	 722: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_45>
	 723: MovReg dst: r2 src: r1
	 724: AddImm dst: r2 imm: 16
	 725: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 726: JGTReg dst: r2 off: -1 src: r3 <frame_read_45>
	 727: AddReg dst: r1 src: r8
	 728: AddImm dst: r1 imm: 180992
	 729: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 730: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 731: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 732: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 733: Ja off: -1 <frame_got_46>
frame_read_45:
	 734: MovReg dst: r1 src: r8
	 735: AddImm dst: r1 imm: 64
	 736: MovImm dst: r2 imm: 16
	 737: MovReg dst: r3 src: r9
	 738: Call FnProbeReadUser
	 739: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_46:
	 740: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 741: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 742: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 743: StMemH dst: r7 src: r0 off: 10 imm: 24
	 744: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 745: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 746: MovReg dst: r9 src: r1
	 747: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 748: MovReg dst: r1 src: r9
	 749: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 750: SubReg dst: r1 src: r2
	 751: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_47>
	 752: MovReg dst: r2 src: r1
	 753: AddImm dst: r2 imm: 16
	 754: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 755: JGTReg dst: r2 off: -1 src: r3 <frame_read_47>
	 756: AddReg dst: r1 src: r8
	 757: AddImm dst: r1 imm: 180992
	 758: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 759: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 760: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 761: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 762: Ja off: -1 <frame_got_48>
frame_read_47:
	 763: MovReg dst: r1 src: r8
	 764: AddImm dst: r1 imm: 64
	 765: MovImm dst: r2 imm: 16
	 766: MovReg dst: r3 src: r9
	 767: Call FnProbeReadUser
	 768: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_48:
	 769: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 770: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 771: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 772: StMemH dst: r7 src: r0 off: 10 imm: 25
	 773: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 774: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 775: MovReg dst: r9 src: r1
	 776: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 777: MovReg dst: r1 src: r9
	 778: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 779: SubReg dst: r1 src: r2
	 780: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_49>
	 781: MovReg dst: r2 src: r1
	 782: AddImm dst: r2 imm: 16
	 783: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 784: JGTReg dst: r2 off: -1 src: r3 <frame_read_49>
	 785: AddReg dst: r1 src: r8
	 786: AddImm dst: r1 imm: 180992
	 787: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 788: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 789: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 790: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 791: Ja off: -1 <frame_got_50>
frame_read_49:
	 792: MovReg dst: r1 src: r8
	 793: AddImm dst: r1 imm: 64
	 794: MovImm dst: r2 imm: 16
	 795: MovReg dst: r3 src: r9
	 796: Call FnProbeReadUser
	 797: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_50:
	 798: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 799: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 800: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 801: StMemH dst: r7 src: r0 off: 10 imm: 26
	 802: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 803: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 804: MovReg dst: r9 src: r1
	 805: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 806: MovReg dst: r1 src: r9
	 807: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 808: SubReg dst: r1 src: r2
	 809: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_51>
	 810: MovReg dst: r2 src: r1
	 811: AddImm dst: r2 imm: 16
	 812: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 813: JGTReg dst: r2 off: -1 src: r3 <frame_read_51>
	 814: AddReg dst: r1 src: r8
	 815: AddImm dst: r1 imm: 180992
	 816: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 817: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 818: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 819: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 820: Ja off: -1 <frame_got_52>
frame_read_51:
	 821: MovReg dst: r1 src: r8
	 822: AddImm dst: r1 imm: 64
	 823: MovImm dst: r2 imm: 16
	 824: MovReg dst: r3 src: r9
	 825: Call FnProbeReadUser
	 826: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_52:
	 827: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 828: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 829: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 830: StMemH dst: r7 src: r0 off: 10 imm: 27
	 831: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 832: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 833: MovReg dst: r9 src: r1
	 834: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 835: MovReg dst: r1 src: r9
	 836: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 837: SubReg dst: r1 src: r2
	 838: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_53>
	 839: MovReg dst: r2 src: r1
	 840: AddImm dst: r2 imm: 16
	 841: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 842: JGTReg dst: r2 off: -1 src: r3 <frame_read_53>
	 843: AddReg dst: r1 src: r8
	 844: AddImm dst: r1 imm: 180992
	 845: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 846: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 847: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 848: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 849: Ja off: -1 <frame_got_54>
frame_read_53:
	 850: MovReg dst: r1 src: r8
	 851: AddImm dst: r1 imm: 64
	 852: MovImm dst: r2 imm: 16
	 853: MovReg dst: r3 src: r9
	 854: Call FnProbeReadUser
	 855: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_54:
	 856: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 857: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 858: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 859: StMemH dst: r7 src: r0 off: 10 imm: 28
	 860: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 861: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 862: MovReg dst: r9 src: r1
	 863: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 864: MovReg dst: r1 src: r9
	 865: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 866: SubReg dst: r1 src: r2
	 867: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_55>
	 868: MovReg dst: r2 src: r1
	 869: AddImm dst: r2 imm: 16
	 870: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 871: JGTReg dst: r2 off: -1 src: r3 <frame_read_55>
	 872: AddReg dst: r1 src: r8
	 873: AddImm dst: r1 imm: 180992
	 874: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 875: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 876: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 877: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 878: Ja off: -1 <frame_got_56>
frame_read_55:
	 879: MovReg dst: r1 src: r8
	 880: AddImm dst: r1 imm: 64
	 881: MovImm dst: r2 imm: 16
	 882: MovReg dst: r3 src: r9
	 883: Call FnProbeReadUser
	 884: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_56:
	 885: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 886: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 887: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 888: StMemH dst: r7 src: r0 off: 10 imm: 29
	 889: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 890: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 891: MovReg dst: r9 src: r1
	 892: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 893: MovReg dst: r1 src: r9
	 894: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 895: SubReg dst: r1 src: r2
	 896: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_57>
	 897: MovReg dst: r2 src: r1
	 898: AddImm dst: r2 imm: 16
	 899: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 900: JGTReg dst: r2 off: -1 src: r3 <frame_read_57>
	 901: AddReg dst: r1 src: r8
	 902: AddImm dst: r1 imm: 180992
	 903: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 904: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 905: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 906: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 907: Ja off: -1 <frame_got_58>
frame_read_57:
	 908: MovReg dst: r1 src: r8
	 909: AddImm dst: r1 imm: 64
	 910: MovImm dst: r2 imm: 16
	 911: MovReg dst: r3 src: r9
	 912: Call FnProbeReadUser
	 913: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_58:
	 914: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 915: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 916: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 917: StMemH dst: r7 src: r0 off: 10 imm: 30
	 918: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 919: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 920: MovReg dst: r9 src: r1
	 921: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 922: MovReg dst: r1 src: r9
	 923: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 924: SubReg dst: r1 src: r2
	 925: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_59>
	 926: MovReg dst: r2 src: r1
	 927: AddImm dst: r2 imm: 16
	 928: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 929: JGTReg dst: r2 off: -1 src: r3 <frame_read_59>
	 930: AddReg dst: r1 src: r8
	 931: AddImm dst: r1 imm: 180992
	 932: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 933: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 934: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 935: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 936: Ja off: -1 <frame_got_60>
frame_read_59:
	 937: MovReg dst: r1 src: r8
	 938: AddImm dst: r1 imm: 64
	 939: MovImm dst: r2 imm: 16
	 940: MovReg dst: r3 src: r9
	 941: Call FnProbeReadUser
	 942: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_60:
	 943: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 944: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 945: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 946: StMemH dst: r7 src: r0 off: 10 imm: 31
	 947: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 948: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 949: MovReg dst: r9 src: r1
	 950: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 951: MovReg dst: r1 src: r9
	 952: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 953: SubReg dst: r1 src: r2
	 954: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_61>
	 955: MovReg dst: r2 src: r1
	 956: AddImm dst: r2 imm: 16
	 957: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 958: JGTReg dst: r2 off: -1 src: r3 <frame_read_61>
	 959: AddReg dst: r1 src: r8
	 960: AddImm dst: r1 imm: 180992
	 961: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 962: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 963: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 964: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 965: Ja off: -1 <frame_got_62>
frame_read_61:
	 966: MovReg dst: r1 src: r8
	 967: AddImm dst: r1 imm: 64
	 968: MovImm dst: r2 imm: 16
	 969: MovReg dst: r3 src: r9
	 970: Call FnProbeReadUser
	 971: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_62:
	 972: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 973: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 974: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	 975: StMemH dst: r7 src: r0 off: 10 imm: 32
	 976: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 977: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 978: MovReg dst: r9 src: r1
	 979: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 980: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 981: OrImm dst: r1 imm: 2
	 982: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 983: MovReg dst: r9 src: r7
	 984: AddImm dst: r9 imm: 296
	 985: StMemW dst: r9 src: r0 off: 0 imm: 7
	 986: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 987: StMemW dst: r9 src: r0 off: 4 imm: 0
	 988: StMemW dst: r9 src: r0 off: 16 imm: 8
	 989: StMemW dst: r9 src: r0 off: 20 imm: 8
	 990: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 991: MovReg dst: r1 src: r9
	 992: AddImm dst: r1 imm: 24
	 993: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 994: StMemDW dst: r8 src: r0 off: 512 imm: 320
	 995: StMemW dst: r8 src: r0 off: 520 imm: 7
	 996: StMemW dst: r8 src: r0 off: 524 imm: 1
	 997: StMemW dst: r8 src: r0 off: 528 imm: 0
	 998: StMemW dst: r8 src: r0 off: 532 imm: 1
	 999: StMemW dst: r8 src: r0 off: 536 imm: 0
	1000: StMemW dst: r8 src: r0 off: 540 imm: 328
	1001: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	1002: MovImm dst: r1 imm: 16384
	1003: LdImmDW dst: r2 imm: -1 <step>
	1005: MovReg dst: r3 src: rfp
	1006: AddImm dst: r3 imm: -48
	1007: MovImm dst: r4 imm: 0
	1008: Call FnLoop
	1009: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	1010: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	1011: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1012: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1013: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	1014: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1015: OrImm dst: r1 imm: 1
	1016: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	1017: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1018: StXMemW dst: r7 src: r3 off: 0 imm: 0
	1019: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	1020: StXMemW dst: r7 src: r1 off: 12 imm: 0
	1021: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1022: StXMemB dst: r7 src: r1 off: 9 imm: 0
	1023: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	1024: MovImm dst: r4 imm: 1
	1025: AndImm dst: r1 imm: 15
	1026: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	1027: LoadMapPtr dst: r1 fd: 7
	1029: MovImm dst: r2 imm: 0
	1030: Call FnRingbufQuery
	1031: MovImm dst: r4 imm: 1
	1032: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	1033: MovImm dst: r4 imm: 2
wake_chosen:
	1034: LoadMapPtr dst: r1 fd: 7
	1036: MovReg dst: r2 src: r7
	1037: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1038: AndImm dst: r3 imm: 65535
	1039: Call FnRingbufOutput
	1040: StMemW dst: r8 src: r0 off: 0 imm: 0
	1041: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1042: MovImm dst: r1 imm: 2
	1043: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1044: LoadMapPtr dst: r1 fd: 8
	1046: MovReg dst: r2 src: rfp
	1047: AddImm dst: r2 imm: -8
	1048: Call FnMapLookupElem
	1049: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1050: MovImm dst: r1 imm: 1
	1051: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1052: MovImm dst: r0 imm: 0
	1053: Exit
step:
	1054: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	1055: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1056: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	1057: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	1058: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1059: LoadMapPtr dst: r1 fd: 4
	1061: MovReg dst: r2 src: rfp
	1062: AddImm dst: r2 imm: -8
	1063: Call FnMapLookupElem
	1064: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	1065: MovReg dst: r7 src: r0
	1066: MovImm dst: r5 imm: 0
scan_next:
	1067: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	1068: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1069: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	1070: MovReg dst: r8 src: r1
	1071: AndImm dst: r8 imm: 63
	1072: LShImm dst: r8 imm: 4
	1073: AddReg dst: r8 src: r7
	1074: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	1075: AndImm dst: r9 imm: 65535
	1076: AddImm dst: r1 imm: 1
	1077: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	1078: StXMemW dst: r6 src: r1 off: 44 imm: 0
	1079: Ja off: -1 <slot_ready>
last_slot:
	1080: StMemW dst: r6 src: r0 off: 44 imm: 0
	1081: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	1082: SubImm dst: r1 imm: 1
	1083: StXMemW dst: r6 src: r1 off: 40 imm: 0
	1084: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1085: AddReg dst: r2 src: r9
	1086: StXMemW dst: r6 src: r2 off: 32 imm: 0
	1087: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	1088: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	1089: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	1090: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	1091: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	1092: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	1093: AddReg dst: r2 src: r3
	1094: AddReg dst: r2 src: r9
	1095: AndImm dst: r2 imm: 65535
	1096: AddReg dst: r2 src: r6
	1097: AddImm dst: r2 imm: 49664
	1098: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	1099: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	1100: AndImm dst: r2 imm: 128
	1101: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	1102: Ja off: -1 <cond_ok>
cond_tophash:
	1103: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	1104: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	1105: AddReg dst: r1 src: r9
	1106: AndImm dst: r1 imm: 65535
	1107: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	1108: MovReg dst: r2 src: r3
	1109: SubImm dst: r2 imm: 2
	1110: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	1111: MovReg dst: r2 src: r1
	1112: AddImm dst: r2 imm: 16
	1113: Ja off: -1 <slot_width>
one_word:
	1114: MovReg dst: r2 src: r1
	1115: AddImm dst: r2 imm: 8
slot_width:
	1116: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	1117: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	1118: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1119: MovReg dst: r2 src: r1
	1120: AndImm dst: r2 imm: 65535
	1121: AddReg dst: r2 src: r6
	1122: AddImm dst: r2 imm: 49664
	1123: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1124: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	1125: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1126: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1127: AddImm dst: r5 imm: 1
	1128: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	1129: Ja off: -1 <ret0>
slot_dispatch:
	1130: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	1131: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	1132: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	1133: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	1134: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1135: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	1136: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	1137: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	1138: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	1139: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	1140: Ja off: -1 <ret0>
s_pointer:
	1141: Ja off: -1 <s_map>
s_map:
	1142: MovReg dst: r2 src: r1
	1143: AndImm dst: r2 imm: 65535
	1144: AddReg dst: r2 src: r6
	1145: AddImm dst: r2 imm: 49664
	1146: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1147: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1148: MovImm dst: r3 imm: 1
	1149: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	1150: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1151: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	1152: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	1153: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1154: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1155: AddReg dst: r4 src: r0
	1156: JGTImm dst: r4 off: -1 imm: 3 <pushed_63>
	1157: JEqImm dst: r1 off: -1 imm: 0 <pushed_63>
	1158: JEqImm dst: r3 off: -1 imm: 0 <pushed_63>
	1159: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1160: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1161: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1162: NegImm dst: r1 imm: 0
	1163: AddReg dst: r1 src: r0
	1164: JLTImm dst: r1 off: -1 imm: 512 <push_ok_64>
	1165: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1166: OrImm dst: r1 imm: 1
	1167: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1168: Ja off: -1 <pushed_63>
push_ok_64:
	1169: MovReg dst: r1 src: r0
	1170: AddImm dst: r1 imm: 1
	1171: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1172: AndImm dst: r0 imm: 511
	1173: LShImm dst: r0 imm: 5
	1174: AddReg dst: r0 src: r6
	1175: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1176: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1177: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1178: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1179: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1180: StMemW dst: r0 src: r0 off: 532 imm: 0
	1181: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_63:
	1182: Ja off: -1 <ret0>
s_string:
	1183: MovReg dst: r3 src: r1
	1184: AndImm dst: r3 imm: 65535
	1185: AddReg dst: r3 src: r6
	1186: AddImm dst: r3 imm: 49664
	1187: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	1188: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	1189: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	1190: MovImm dst: r4 imm: 255
str_capped:
	1191: MovReg dst: r1 src: r6
	1192: MovImm dst: r3 imm: 2
	1193: MovImm dst: r5 imm: 1
	1194: Call -1 <read_item>
	1195: Ja off: -1 <ret0>
s_slice:
	1196: MovReg dst: r2 src: r1
	1197: AndImm dst: r2 imm: 65535
	1198: AddReg dst: r2 src: r6
	1199: AddImm dst: r2 imm: 49664
	1200: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1201: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	1202: JLEImm dst: r3 off: -1 imm: 100 <cap_65>
	1203: MovImm dst: r3 imm: 100
cap_65:
	1204: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1205: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1206: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1207: AddReg dst: r4 src: r0
	1208: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1209: JGTImm dst: r4 off: -1 imm: 3 <pushed_66>
	1210: JEqImm dst: r1 off: -1 imm: 0 <pushed_66>
	1211: JEqImm dst: r3 off: -1 imm: 0 <pushed_66>
	1212: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1213: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1214: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1215: NegImm dst: r1 imm: 0
	1216: AddReg dst: r1 src: r0
	1217: JLTImm dst: r1 off: -1 imm: 512 <push_ok_67>
	1218: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1219: OrImm dst: r1 imm: 1
	1220: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1221: Ja off: -1 <pushed_66>
push_ok_67:
	1222: MovReg dst: r1 src: r0
	1223: AddImm dst: r1 imm: 1
	1224: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1225: AndImm dst: r0 imm: 511
	1226: LShImm dst: r0 imm: 5
	1227: AddReg dst: r0 src: r6
	1228: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1229: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1230: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1231: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1232: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1233: StMemW dst: r0 src: r0 off: 532 imm: 0
	1234: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_66:
	1235: Ja off: -1 <ret0>
s_inline:
	1236: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1237: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	1238: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1239: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1240: JEqImm dst: r3 off: -1 imm: 0 <pushed_68>
	1241: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1242: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1243: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1244: NegImm dst: r1 imm: 0
	1245: AddReg dst: r1 src: r0
	1246: JLTImm dst: r1 off: -1 imm: 512 <push_ok_69>
	1247: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1248: OrImm dst: r1 imm: 1
	1249: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1250: Ja off: -1 <pushed_68>
push_ok_69:
	1251: MovReg dst: r1 src: r0
	1252: AddImm dst: r1 imm: 1
	1253: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1254: AndImm dst: r0 imm: 511
	1255: LShImm dst: r0 imm: 5
	1256: AddReg dst: r0 src: r6
	1257: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1258: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1259: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1260: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1261: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1262: StMemW dst: r0 src: r0 off: 532 imm: 1
	1263: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1264: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1265: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_68:
	1266: Ja off: -1 <ret0>
s_swiss_dir:
	1267: MovReg dst: r8 src: r1
	1268: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1269: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1270: LoadMapPtr dst: r1 fd: 4
	1272: MovReg dst: r2 src: rfp
	1273: AddImm dst: r2 imm: -8
	1274: Call FnMapLookupElem
	1275: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1276: MovReg dst: r7 src: r0
	1277: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	1278: AddReg dst: r3 src: r9
	1279: AndImm dst: r3 imm: 65535
	1280: AddReg dst: r3 src: r6
	1281: AddImm dst: r3 imm: 49664
	1282: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1283: MovReg dst: r1 src: r8
	1284: AndImm dst: r1 imm: 65535
	1285: AddReg dst: r1 src: r6
	1286: AddImm dst: r1 imm: 49664
	1287: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1288: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1289: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1290: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	1291: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1292: MovImm dst: r3 imm: 1
	1293: JGTImm dst: r4 off: -1 imm: 3 <pushed_70>
	1294: JEqImm dst: r1 off: -1 imm: 0 <pushed_70>
	1295: JEqImm dst: r3 off: -1 imm: 0 <pushed_70>
	1296: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1297: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1298: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1299: NegImm dst: r1 imm: 0
	1300: AddReg dst: r1 src: r0
	1301: JLTImm dst: r1 off: -1 imm: 512 <push_ok_71>
	1302: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1303: OrImm dst: r1 imm: 1
	1304: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1305: Ja off: -1 <pushed_70>
push_ok_71:
	1306: MovReg dst: r1 src: r0
	1307: AddImm dst: r1 imm: 1
	1308: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1309: AndImm dst: r0 imm: 511
	1310: LShImm dst: r0 imm: 5
	1311: AddReg dst: r0 src: r6
	1312: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1313: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1314: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1315: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1316: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1317: StMemW dst: r0 src: r0 off: 532 imm: 0
	1318: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_70:
	1319: Ja off: -1 <ret0>
swiss_tables:
	1320: JLEImm dst: r3 off: -1 imm: 65535 <cap_72>
	1321: MovImm dst: r3 imm: 65535
cap_72:
	1322: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	1323: JGTImm dst: r4 off: -1 imm: 3 <pushed_73>
	1324: JEqImm dst: r1 off: -1 imm: 0 <pushed_73>
	1325: JEqImm dst: r3 off: -1 imm: 0 <pushed_73>
	1326: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1327: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1328: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1329: NegImm dst: r1 imm: 0
	1330: AddReg dst: r1 src: r0
	1331: JLTImm dst: r1 off: -1 imm: 512 <push_ok_74>
	1332: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1333: OrImm dst: r1 imm: 1
	1334: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1335: Ja off: -1 <pushed_73>
push_ok_74:
	1336: MovReg dst: r1 src: r0
	1337: AddImm dst: r1 imm: 1
	1338: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1339: AndImm dst: r0 imm: 511
	1340: LShImm dst: r0 imm: 5
	1341: AddReg dst: r0 src: r6
	1342: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1343: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1344: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1345: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1346: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1347: StMemW dst: r0 src: r0 off: 532 imm: 0
	1348: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_73:
	1349: Ja off: -1 <ret0>
s_swiss_groups:
	1350: MovReg dst: r8 src: r1
	1351: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1352: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1353: LoadMapPtr dst: r1 fd: 4
	1355: MovReg dst: r2 src: rfp
	1356: AddImm dst: r2 imm: -8
	1357: Call FnMapLookupElem
	1358: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1359: MovReg dst: r7 src: r0
	1360: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	1361: AddReg dst: r3 src: r9
	1362: AndImm dst: r3 imm: 65535
	1363: AddReg dst: r3 src: r6
	1364: AddImm dst: r3 imm: 49664
	1365: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1366: JLEImm dst: r3 off: -1 imm: 65534 <cap_75>
	1367: MovImm dst: r3 imm: 65534
cap_75:
	1368: AddImm dst: r3 imm: 1
	1369: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	1370: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	1371: AddReg dst: r2 src: r9
	1372: AndImm dst: r2 imm: 65535
	1373: AddReg dst: r2 src: r6
	1374: AddImm dst: r2 imm: 49664
	1375: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	1376: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1377: MovReg dst: r0 src: r3
	1378: MulImm dst: r0 imm: 200
	1379: AddReg dst: r0 src: r2
	1380: SubImm dst: r0 imm: 1
	1381: DivReg dst: r0 src: r2
	1382: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	1383: MovReg dst: r3 src: r0
groups_counted:
	1384: MovReg dst: r1 src: r8
	1385: AndImm dst: r1 imm: 65535
	1386: AddReg dst: r1 src: r6
	1387: AddImm dst: r1 imm: 49664
	1388: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1389: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1390: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1391: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1392: JGTImm dst: r4 off: -1 imm: 3 <pushed_76>
	1393: JEqImm dst: r1 off: -1 imm: 0 <pushed_76>
	1394: JEqImm dst: r3 off: -1 imm: 0 <pushed_76>
	1395: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1396: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1397: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1398: NegImm dst: r1 imm: 0
	1399: AddReg dst: r1 src: r0
	1400: JLTImm dst: r1 off: -1 imm: 512 <push_ok_77>
	1401: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1402: OrImm dst: r1 imm: 1
	1403: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1404: Ja off: -1 <pushed_76>
push_ok_77:
	1405: MovReg dst: r1 src: r0
	1406: AddImm dst: r1 imm: 1
	1407: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1408: AndImm dst: r0 imm: 511
	1409: LShImm dst: r0 imm: 5
	1410: AddReg dst: r0 src: r6
	1411: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1412: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1413: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1414: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1415: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1416: StMemW dst: r0 src: r0 off: 532 imm: 0
	1417: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_76:
	1418: Ja off: -1 <ret0>
s_hmap_buckets:
	1419: MovReg dst: r8 src: r1
	1420: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1421: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1422: LoadMapPtr dst: r1 fd: 4
	1424: MovReg dst: r2 src: rfp
	1425: AddImm dst: r2 imm: -8
	1426: Call FnMapLookupElem
	1427: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1428: MovReg dst: r7 src: r0
	1429: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1430: AddReg dst: r0 src: r9
	1431: AndImm dst: r0 imm: 65535
	1432: AddReg dst: r0 src: r6
	1433: AddImm dst: r0 imm: 49664
	1434: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1435: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1436: MovImm dst: r0 imm: 16
hmap_b:
	1437: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1438: MovImm dst: r3 imm: 1
	1439: LShReg dst: r3 src: r0
	1440: MovReg dst: r1 src: r8
	1441: AndImm dst: r1 imm: 65535
	1442: AddReg dst: r1 src: r6
	1443: AddImm dst: r1 imm: 49664
	1444: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1445: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1446: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1447: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1448: JGTImm dst: r4 off: -1 imm: 3 <pushed_78>
	1449: JEqImm dst: r1 off: -1 imm: 0 <pushed_78>
	1450: JEqImm dst: r3 off: -1 imm: 0 <pushed_78>
	1451: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1452: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1453: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1454: NegImm dst: r1 imm: 0
	1455: AddReg dst: r1 src: r0
	1456: JLTImm dst: r1 off: -1 imm: 512 <push_ok_79>
	1457: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1458: OrImm dst: r1 imm: 1
	1459: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1460: Ja off: -1 <pushed_78>
push_ok_79:
	1461: MovReg dst: r1 src: r0
	1462: AddImm dst: r1 imm: 1
	1463: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1464: AndImm dst: r0 imm: 511
	1465: LShImm dst: r0 imm: 5
	1466: AddReg dst: r0 src: r6
	1467: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1468: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1469: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1470: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1471: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1472: StMemW dst: r0 src: r0 off: 532 imm: 0
	1473: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_78:
	1474: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1475: AddReg dst: r1 src: r9
	1476: AndImm dst: r1 imm: 65535
	1477: AddReg dst: r1 src: r6
	1478: AddImm dst: r1 imm: 49664
	1479: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1480: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1481: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1482: SubImm dst: r0 imm: 1
	1483: MovImm dst: r3 imm: 1
	1484: LShReg dst: r3 src: r0
	1485: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1486: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1487: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1488: JGTImm dst: r4 off: -1 imm: 3 <pushed_80>
	1489: JEqImm dst: r1 off: -1 imm: 0 <pushed_80>
	1490: JEqImm dst: r3 off: -1 imm: 0 <pushed_80>
	1491: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1492: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1493: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1494: NegImm dst: r1 imm: 0
	1495: AddReg dst: r1 src: r0
	1496: JLTImm dst: r1 off: -1 imm: 512 <push_ok_81>
	1497: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1498: OrImm dst: r1 imm: 1
	1499: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1500: Ja off: -1 <pushed_80>
push_ok_81:
	1501: MovReg dst: r1 src: r0
	1502: AddImm dst: r1 imm: 1
	1503: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1504: AndImm dst: r0 imm: 511
	1505: LShImm dst: r0 imm: 5
	1506: AddReg dst: r0 src: r6
	1507: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1508: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1509: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1510: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1511: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1512: StMemW dst: r0 src: r0 off: 532 imm: 0
	1513: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_80:
	1514: Ja off: -1 <ret0>
s_iface:
	1515: MovReg dst: r9 src: r1
	1516: MovReg dst: r2 src: r1
	1517: AndImm dst: r2 imm: 65535
	1518: AddReg dst: r2 src: r6
	1519: AddImm dst: r2 imm: 49664
	1520: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1521: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1522: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1523: MovReg dst: r1 src: r6
	1524: MovImm dst: r3 imm: 20
	1525: MovImm dst: r4 imm: 1
	1526: MovImm dst: r5 imm: 0
	1527: Call -1 <read_item>
	1528: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1529: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1530: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1531: MovReg dst: r1 src: r0
	1532: AndImm dst: r1 imm: 65535
	1533: AddReg dst: r1 src: r6
	1534: AddImm dst: r1 imm: 49664
	1535: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1536: Ja off: -1 <iface_type>
itab_reread:
	1537: MovReg dst: r1 src: rfp
	1538: AddImm dst: r1 imm: -8
	1539: MovImm dst: r2 imm: 8
	1540: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1541: AddImm dst: r3 imm: 8
	1542: Call FnProbeReadUser
	1543: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1544: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1545: Ja off: -1 <iface_type>
s_eface:
	1546: MovReg dst: r9 src: r1
	1547: MovReg dst: r2 src: r1
	1548: AndImm dst: r2 imm: 65535
	1549: AddReg dst: r2 src: r6
	1550: AddImm dst: r2 imm: 49664
	1551: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1552: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1553: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1554: LoadMapPtr dst: r1 fd: 5
	1556: MovReg dst: r2 src: rfp
	1557: AddImm dst: r2 imm: -8
	1558: Call FnMapLookupElem
	1559: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1560: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1561: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1562: MovImm dst: r3 imm: 1
	1563: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1564: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1565: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1566: MovReg dst: r1 src: r9
	1567: AndImm dst: r1 imm: 65535
	1568: AddReg dst: r1 src: r6
	1569: AddImm dst: r1 imm: 49664
	1570: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1571: AddImm dst: r4 imm: 1
	1572: JGTImm dst: r4 off: -1 imm: 3 <pushed_82>
	1573: JEqImm dst: r1 off: -1 imm: 0 <pushed_82>
	1574: JEqImm dst: r3 off: -1 imm: 0 <pushed_82>
	1575: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1576: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1577: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1578: NegImm dst: r1 imm: 0
	1579: AddReg dst: r1 src: r0
	1580: JLTImm dst: r1 off: -1 imm: 512 <push_ok_83>
	1581: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1582: OrImm dst: r1 imm: 1
	1583: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1584: Ja off: -1 <pushed_82>
push_ok_83:
	1585: MovReg dst: r1 src: r0
	1586: AddImm dst: r1 imm: 1
	1587: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1588: AndImm dst: r0 imm: 511
	1589: LShImm dst: r0 imm: 5
	1590: AddReg dst: r0 src: r6
	1591: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1592: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1593: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1594: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1595: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1596: StMemW dst: r0 src: r0 off: 532 imm: 0
	1597: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_82:
	1598: Ja off: -1 <ret0>
iface_direct:
	1599: MovReg dst: r1 src: r9
	1600: AddImm dst: r1 imm: 8
	1601: JEqImm dst: r3 off: -1 imm: 0 <pushed_84>
	1602: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1603: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1604: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1605: NegImm dst: r1 imm: 0
	1606: AddReg dst: r1 src: r0
	1607: JLTImm dst: r1 off: -1 imm: 512 <push_ok_85>
	1608: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1609: OrImm dst: r1 imm: 1
	1610: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1611: Ja off: -1 <pushed_84>
push_ok_85:
	1612: MovReg dst: r1 src: r0
	1613: AddImm dst: r1 imm: 1
	1614: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1615: AndImm dst: r0 imm: 511
	1616: LShImm dst: r0 imm: 5
	1617: AddReg dst: r0 src: r6
	1618: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1619: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1620: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1621: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1622: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1623: StMemW dst: r0 src: r0 off: 532 imm: 1
	1624: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1625: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1626: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_84:
	1627: Ja off: -1 <ret0>
scan_end:
	1628: StMemW dst: r6 src: r0 off: 28 imm: 0
	1629: Ja off: -1 <ret0>
pop:
	1630: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1631: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1632: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1633: MovImm dst: r0 imm: 1
	1634: Exit
have_task:
	1635: MovReg dst: r2 src: r1
	1636: AddImm dst: r2 imm: 1
	1637: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1638: MovReg dst: r8 src: r1
	1639: AndImm dst: r8 imm: 511
	1640: LShImm dst: r8 imm: 5
	1641: AddReg dst: r8 src: r6
	1642: AddImm dst: r8 imm: 512
	1643: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1644: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1645: LoadMapPtr dst: r1 fd: 4
	1647: MovReg dst: r2 src: rfp
	1648: AddImm dst: r2 imm: -8
	1649: Call FnMapLookupElem
	1650: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1651: MovReg dst: r7 src: r0
	1652: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1653: JEqImm dst: r1 off: -1 imm: 0 <read>
	1654: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1655: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1656: Ja off: -1 <start_scan>
read:
	1657: MovReg dst: r1 src: r6
	1658: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1659: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1660: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1661: MovImm dst: r5 imm: 1
	1662: Call -1 <read_item>
	1663: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1664: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1665: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1666: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1667: AddReg dst: r2 src: r0
	1668: MovReg dst: r1 src: r0
start_scan:
	1669: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1670: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1671: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1672: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1673: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1674: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1675: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1676: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1677: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1678: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1679: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1680: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1681: StMemW dst: r6 src: r0 off: 44 imm: 0
	1682: StMemW dst: r6 src: r0 off: 28 imm: 1
	1683: Ja off: -1 <scan>
ret0:
	1684: MovImm dst: r0 imm: 0
	1685: Exit
read_item:
	1686: MovReg dst: r6 src: r1
	1687: MovReg dst: r9 src: r2
	1688: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1689: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1690: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1691: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1692: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1693: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1694: LoadMapPtr dst: r1 fd: 4
	1696: MovReg dst: r2 src: rfp
	1697: AddImm dst: r2 imm: -8
	1698: Call FnMapLookupElem
	1699: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1700: MovReg dst: r7 src: r0
	1701: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1702: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1703: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1704: MulReg dst: r1 src: r2
	1705: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1706: MovImm dst: r1 imm: 65535
ri_asked:
	1707: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1708: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1709: MovReg dst: r3 src: r2
	1710: LShImm dst: r3 imm: 40
	1711: MovReg dst: r1 src: r9
	1712: XorReg dst: r1 src: r3
	1713: LdImmDW dst: r3 imm: -7046029254386353131
	1715: MulReg dst: r1 src: r3
	1716: RShImm dst: r1 imm: 54
	1717: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1718: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1719: MovReg dst: r4 src: r1
	1720: AddImm dst: r4 imm: 0
	1721: AndImm dst: r4 imm: 1023
	1722: LShImm dst: r4 imm: 5
	1723: AddReg dst: r4 src: r6
	1724: AddImm dst: r4 imm: 16896
	1725: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1726: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1727: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1728: JNEReg dst: r5 off: -1 src: r9 <dedup_next_86>
	1729: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1730: JNEReg dst: r5 off: -1 src: r2 <dedup_next_86>
	1731: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1732: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1733: Ja off: -1 <dedup_insert>
dedup_next_86:
	1734: MovReg dst: r4 src: r1
	1735: AddImm dst: r4 imm: 1
	1736: AndImm dst: r4 imm: 1023
	1737: LShImm dst: r4 imm: 5
	1738: AddReg dst: r4 src: r6
	1739: AddImm dst: r4 imm: 16896
	1740: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1741: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1742: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1743: JNEReg dst: r5 off: -1 src: r9 <dedup_next_87>
	1744: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1745: JNEReg dst: r5 off: -1 src: r2 <dedup_next_87>
	1746: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1747: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1748: Ja off: -1 <dedup_insert>
dedup_next_87:
	1749: MovReg dst: r4 src: r1
	1750: AddImm dst: r4 imm: 2
	1751: AndImm dst: r4 imm: 1023
	1752: LShImm dst: r4 imm: 5
	1753: AddReg dst: r4 src: r6
	1754: AddImm dst: r4 imm: 16896
	1755: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1756: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1757: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1758: JNEReg dst: r5 off: -1 src: r9 <dedup_next_88>
	1759: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1760: JNEReg dst: r5 off: -1 src: r2 <dedup_next_88>
	1761: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1762: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1763: Ja off: -1 <dedup_insert>
dedup_next_88:
	1764: MovReg dst: r4 src: r1
	1765: AddImm dst: r4 imm: 3
	1766: AndImm dst: r4 imm: 1023
	1767: LShImm dst: r4 imm: 5
	1768: AddReg dst: r4 src: r6
	1769: AddImm dst: r4 imm: 16896
	1770: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1771: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1772: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1773: JNEReg dst: r5 off: -1 src: r9 <dedup_next_89>
	1774: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1775: JNEReg dst: r5 off: -1 src: r2 <dedup_next_89>
	1776: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1777: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1778: Ja off: -1 <dedup_insert>
dedup_next_89:
	1779: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1780: OrImm dst: r1 imm: 1
	1781: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1782: Ja off: -1 <ri_none>
dedup_insert:
	1783: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1784: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1785: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1786: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1787: MovImm dst: r1 imm: 4328
	1788: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1789: SubReg dst: r1 src: r2
	1790: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1791: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1792: AndImm dst: r1 imm: -8
	1793: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1794: MovReg dst: r3 src: r1
	1795: StMemW dst: r6 src: r0 off: 84 imm: 1
	1796: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1797: OrImm dst: r1 imm: 1
	1798: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1799: Ja off: -1 <ri_prefix>
ri_no_room:
	1800: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1801: OrImm dst: r1 imm: 1
	1802: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1803: Ja off: -1 <ri_none>
ri_room:
	1804: DivReg dst: r1 src: r2
	1805: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1806: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1807: MovReg dst: r3 src: r1
	1808: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1809: OrImm dst: r1 imm: 1
	1810: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1811: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1812: MulReg dst: r3 src: r2
ri_prefix:
	1813: AndImm dst: r3 imm: 65535
	1814: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1815: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1816: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1817: AndImm dst: r1 imm: 65535
	1818: AddReg dst: r1 src: r6
	1819: AddImm dst: r1 imm: 49664
	1820: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1821: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1822: StMemW dst: r1 src: r0 off: 4 imm: 0
	1823: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1824: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1825: MovReg dst: r2 src: r3
	1826: AddImm dst: r2 imm: 7
	1827: AndImm dst: r2 imm: -8
	1828: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1829: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1830: AddImm dst: r2 imm: 1
	1831: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1832: AddImm dst: r1 imm: 24
	1833: MovReg dst: r2 src: r3
	1834: MovReg dst: r3 src: r9
	1835: Call FnProbeReadUser
	1836: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1837: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1838: AndImm dst: r1 imm: 65535
	1839: AddReg dst: r1 src: r6
	1840: AddImm dst: r1 imm: 49664
	1841: StMemW dst: r1 src: r0 off: 4 imm: 1
	1842: StMemW dst: r1 src: r0 off: 16 imm: 0
	1843: StMemW dst: r1 src: r0 off: 20 imm: 0
	1844: MovImm dst: r2 imm: 0
	1845: Ja off: -1 <ri_advance>
ri_read:
	1846: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1847: AddImm dst: r2 imm: 7
	1848: AndImm dst: r2 imm: -8
ri_advance:
	1849: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1850: AddImm dst: r1 imm: 24
	1851: MovReg dst: r0 src: r1
	1852: AddReg dst: r1 src: r2
	1853: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1854: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1855: AddImm dst: r1 imm: 24
	1856: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1857: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1858: AddReg dst: r1 src: r2
	1859: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1860: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1861: Exit
ri_static:
	1862: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1863: AndImm dst: r1 imm: 65535
	1864: AddReg dst: r1 src: r6
	1865: AddImm dst: r1 imm: 49664
	1866: StMemW dst: r1 src: r0 off: 4 imm: 128
	1867: StMemW dst: r1 src: r0 off: 20 imm: 0
	1868: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1869: AddImm dst: r1 imm: 24
	1870: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1871: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1872: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1873: AddImm dst: r2 imm: 31
	1874: AndImm dst: r2 imm: -8
	1875: AddReg dst: r1 src: r2
	1876: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1877: MovImm dst: r0 imm: -1
	1878: Exit
