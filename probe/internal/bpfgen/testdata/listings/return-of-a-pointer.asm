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
	  19: StMemW dst: r8 src: r0 off: 8 imm: 200
	  20: StMemW dst: r8 src: r0 off: 80 imm: 200
	  21: StMemW dst: r8 src: r0 off: 12 imm: 1
	  22: StMemW dst: r8 src: r0 off: 16 imm: 0
	  23: StMemW dst: r8 src: r0 off: 20 imm: 0
	  24: StMemW dst: r8 src: r0 off: 24 imm: 0
	  25: StMemW dst: r8 src: r0 off: 28 imm: 0
	  26: StMemH dst: r7 src: r0 off: 4 imm: 2
	  27: StMemH dst: r7 src: r0 off: 6 imm: 0
	  28: StMemB dst: r7 src: r0 off: 8 imm: 1
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
	  41: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  42: JEqImm dst: r1 off: -1 imm: 0 <no_call>
	  43: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  44: SubReg dst: r1 src: r2
	  45: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  46: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  47: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  48: StMemW dst: rfp src: r0 off: -20 imm: 2
	  49: LoadMapPtr dst: r1 fd: 6
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -32
	  53: Call FnMapLookupElem
	  54: JEqImm dst: r0 off: -1 imm: 0 <no_call>
	  55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  56: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  57: LoadMapPtr dst: r1 fd: 6
	  59: MovReg dst: r2 src: rfp
	  60: AddImm dst: r2 imm: -32
	  61: Call FnMapDeleteElem
	  62: Ja off: -1 <call_done>
no_call:
	  63: StMemW dst: r8 src: r0 off: 0 imm: 0
	  64: Ja off: -1 <exit>
call_done:
	  65: MovReg dst: r1 src: r6
	  66: Call FnGetAttachCookie
	  67: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  68: StMemH dst: r7 src: r0 off: 10 imm: 1
	  69: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  70: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  71: SubReg dst: r2 src: r3
	  72: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  73: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  74: MovImm dst: r2 imm: 2048
	  75: Ja off: -1 <window_sized>
window_none:
	  76: MovImm dst: r2 imm: 0
window_sized:
	  77: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  78: MovReg dst: r1 src: r8
	  79: AddImm dst: r1 imm: 180992
	  80: Call FnProbeReadUser
	  81: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  82: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  83: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  84: MovReg dst: r1 src: r9
	  85: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  86: SubReg dst: r1 src: r2
	  87: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  88: MovReg dst: r2 src: r1
	  89: AddImm dst: r2 imm: 16
	  90: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  91: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  92: AddReg dst: r1 src: r8
	  93: AddImm dst: r1 imm: 180992
	  94: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  95: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  96: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  97: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  98: Ja off: -1 <frame_got_2>
frame_read_1:
	  99: MovReg dst: r1 src: r8
	 100: AddImm dst: r1 imm: 64
	 101: MovImm dst: r2 imm: 16
	 102: MovReg dst: r3 src: r9
	 103: Call FnProbeReadUser
	 104: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	 105: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 106: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 107: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 108: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 109: StMemH dst: r7 src: r0 off: 10 imm: 2
	 110: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 111: MovReg dst: r1 src: r9
	 112: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 113: SubReg dst: r1 src: r2
	 114: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	 115: MovReg dst: r2 src: r1
	 116: AddImm dst: r2 imm: 16
	 117: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 118: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	 119: AddReg dst: r1 src: r8
	 120: AddImm dst: r1 imm: 180992
	 121: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 122: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 123: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 124: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 125: Ja off: -1 <frame_got_4>
frame_read_3:
	 126: MovReg dst: r1 src: r8
	 127: AddImm dst: r1 imm: 64
	 128: MovImm dst: r2 imm: 16
	 129: MovReg dst: r3 src: r9
	 130: Call FnProbeReadUser
	 131: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 132: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 133: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 134: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 135: StMemH dst: r7 src: r0 off: 10 imm: 3
	 136: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 137: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 138: MovReg dst: r9 src: r1
	 139: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 140: MovReg dst: r1 src: r9
	 141: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 142: SubReg dst: r1 src: r2
	 143: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 144: MovReg dst: r2 src: r1
	 145: AddImm dst: r2 imm: 16
	 146: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 147: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 148: AddReg dst: r1 src: r8
	 149: AddImm dst: r1 imm: 180992
	 150: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 151: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 152: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 153: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 154: Ja off: -1 <frame_got_6>
frame_read_5:
	 155: MovReg dst: r1 src: r8
	 156: AddImm dst: r1 imm: 64
	 157: MovImm dst: r2 imm: 16
	 158: MovReg dst: r3 src: r9
	 159: Call FnProbeReadUser
	 160: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 161: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 162: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 163: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 164: StMemH dst: r7 src: r0 off: 10 imm: 4
	 165: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 166: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 167: MovReg dst: r9 src: r1
	 168: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 169: MovReg dst: r1 src: r9
	 170: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 171: SubReg dst: r1 src: r2
	 172: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 173: MovReg dst: r2 src: r1
	 174: AddImm dst: r2 imm: 16
	 175: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 176: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 177: AddReg dst: r1 src: r8
	 178: AddImm dst: r1 imm: 180992
	 179: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 180: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 181: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 182: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 183: Ja off: -1 <frame_got_8>
frame_read_7:
	 184: MovReg dst: r1 src: r8
	 185: AddImm dst: r1 imm: 64
	 186: MovImm dst: r2 imm: 16
	 187: MovReg dst: r3 src: r9
	 188: Call FnProbeReadUser
	 189: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 190: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 191: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 192: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 193: StMemH dst: r7 src: r0 off: 10 imm: 5
	 194: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 195: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 196: MovReg dst: r9 src: r1
	 197: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 198: MovReg dst: r1 src: r9
	 199: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 200: SubReg dst: r1 src: r2
	 201: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 202: MovReg dst: r2 src: r1
	 203: AddImm dst: r2 imm: 16
	 204: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 205: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 206: AddReg dst: r1 src: r8
	 207: AddImm dst: r1 imm: 180992
	 208: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 209: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 210: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 211: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 212: Ja off: -1 <frame_got_10>
frame_read_9:
	 213: MovReg dst: r1 src: r8
	 214: AddImm dst: r1 imm: 64
	 215: MovImm dst: r2 imm: 16
	 216: MovReg dst: r3 src: r9
	 217: Call FnProbeReadUser
	 218: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 219: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 220: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 221: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 222: StMemH dst: r7 src: r0 off: 10 imm: 6
	 223: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 224: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 225: MovReg dst: r9 src: r1
	 226: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 227: MovReg dst: r1 src: r9
	 228: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 229: SubReg dst: r1 src: r2
	 230: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 231: MovReg dst: r2 src: r1
	 232: AddImm dst: r2 imm: 16
	 233: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 234: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 235: AddReg dst: r1 src: r8
	 236: AddImm dst: r1 imm: 180992
	 237: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 238: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 239: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 240: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 241: Ja off: -1 <frame_got_12>
frame_read_11:
	 242: MovReg dst: r1 src: r8
	 243: AddImm dst: r1 imm: 64
	 244: MovImm dst: r2 imm: 16
	 245: MovReg dst: r3 src: r9
	 246: Call FnProbeReadUser
	 247: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 248: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 249: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 250: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 251: StMemH dst: r7 src: r0 off: 10 imm: 7
	 252: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 253: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 254: MovReg dst: r9 src: r1
	 255: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 256: MovReg dst: r1 src: r9
	 257: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 258: SubReg dst: r1 src: r2
	 259: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 260: MovReg dst: r2 src: r1
	 261: AddImm dst: r2 imm: 16
	 262: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 263: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 264: AddReg dst: r1 src: r8
	 265: AddImm dst: r1 imm: 180992
	 266: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 267: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 268: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 269: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 270: Ja off: -1 <frame_got_14>
frame_read_13:
	 271: MovReg dst: r1 src: r8
	 272: AddImm dst: r1 imm: 64
	 273: MovImm dst: r2 imm: 16
	 274: MovReg dst: r3 src: r9
	 275: Call FnProbeReadUser
	 276: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 277: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 278: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 279: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 280: StMemH dst: r7 src: r0 off: 10 imm: 8
	 281: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 282: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 283: MovReg dst: r9 src: r1
	 284: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 285: MovReg dst: r1 src: r9
	 286: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 287: SubReg dst: r1 src: r2
	 288: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 289: MovReg dst: r2 src: r1
	 290: AddImm dst: r2 imm: 16
	 291: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 292: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 293: AddReg dst: r1 src: r8
	 294: AddImm dst: r1 imm: 180992
	 295: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 296: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 297: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 298: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 299: Ja off: -1 <frame_got_16>
frame_read_15:
	 300: MovReg dst: r1 src: r8
	 301: AddImm dst: r1 imm: 64
	 302: MovImm dst: r2 imm: 16
	 303: MovReg dst: r3 src: r9
	 304: Call FnProbeReadUser
	 305: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 306: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 307: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 308: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 309: StMemH dst: r7 src: r0 off: 10 imm: 9
	 310: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 311: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 312: MovReg dst: r9 src: r1
	 313: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 314: MovReg dst: r1 src: r9
	 315: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 316: SubReg dst: r1 src: r2
	 317: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 318: MovReg dst: r2 src: r1
	 319: AddImm dst: r2 imm: 16
	 320: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 321: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 322: AddReg dst: r1 src: r8
	 323: AddImm dst: r1 imm: 180992
	 324: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 325: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 326: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 327: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 328: Ja off: -1 <frame_got_18>
frame_read_17:
	 329: MovReg dst: r1 src: r8
	 330: AddImm dst: r1 imm: 64
	 331: MovImm dst: r2 imm: 16
	 332: MovReg dst: r3 src: r9
	 333: Call FnProbeReadUser
	 334: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 335: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 336: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 337: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 338: StMemH dst: r7 src: r0 off: 10 imm: 10
	 339: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 340: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 341: MovReg dst: r9 src: r1
	 342: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 343: MovReg dst: r1 src: r9
	 344: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 345: SubReg dst: r1 src: r2
	 346: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 347: MovReg dst: r2 src: r1
	 348: AddImm dst: r2 imm: 16
	 349: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 350: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 351: AddReg dst: r1 src: r8
	 352: AddImm dst: r1 imm: 180992
	 353: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 354: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 355: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 356: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 357: Ja off: -1 <frame_got_20>
frame_read_19:
	 358: MovReg dst: r1 src: r8
	 359: AddImm dst: r1 imm: 64
	 360: MovImm dst: r2 imm: 16
	 361: MovReg dst: r3 src: r9
	 362: Call FnProbeReadUser
	 363: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 364: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 365: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 366: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 367: StMemH dst: r7 src: r0 off: 10 imm: 11
	 368: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 369: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 370: MovReg dst: r9 src: r1
	 371: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 372: MovReg dst: r1 src: r9
	 373: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 374: SubReg dst: r1 src: r2
	 375: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 376: MovReg dst: r2 src: r1
	 377: AddImm dst: r2 imm: 16
	 378: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 379: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 380: AddReg dst: r1 src: r8
	 381: AddImm dst: r1 imm: 180992
	 382: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 383: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 384: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 385: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 386: Ja off: -1 <frame_got_22>
frame_read_21:
	 387: MovReg dst: r1 src: r8
	 388: AddImm dst: r1 imm: 64
	 389: MovImm dst: r2 imm: 16
	 390: MovReg dst: r3 src: r9
	 391: Call FnProbeReadUser
	 392: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 393: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 394: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 395: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 396: StMemH dst: r7 src: r0 off: 10 imm: 12
	 397: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 398: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 399: MovReg dst: r9 src: r1
	 400: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 401: MovReg dst: r1 src: r9
	 402: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 403: SubReg dst: r1 src: r2
	 404: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 405: MovReg dst: r2 src: r1
	 406: AddImm dst: r2 imm: 16
	 407: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 408: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 409: AddReg dst: r1 src: r8
	 410: AddImm dst: r1 imm: 180992
	 411: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 412: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 413: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 414: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 415: Ja off: -1 <frame_got_24>
frame_read_23:
	 416: MovReg dst: r1 src: r8
	 417: AddImm dst: r1 imm: 64
	 418: MovImm dst: r2 imm: 16
	 419: MovReg dst: r3 src: r9
	 420: Call FnProbeReadUser
	 421: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 422: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 423: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 424: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 425: StMemH dst: r7 src: r0 off: 10 imm: 13
	 426: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 427: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 428: MovReg dst: r9 src: r1
	 429: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 430: MovReg dst: r1 src: r9
	 431: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 432: SubReg dst: r1 src: r2
	 433: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 434: MovReg dst: r2 src: r1
	 435: AddImm dst: r2 imm: 16
	 436: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 437: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 438: AddReg dst: r1 src: r8
	 439: AddImm dst: r1 imm: 180992
	 440: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 441: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 442: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 443: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 444: Ja off: -1 <frame_got_26>
frame_read_25:
	 445: MovReg dst: r1 src: r8
	 446: AddImm dst: r1 imm: 64
	 447: MovImm dst: r2 imm: 16
	 448: MovReg dst: r3 src: r9
	 449: Call FnProbeReadUser
	 450: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 451: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 452: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 453: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 454: StMemH dst: r7 src: r0 off: 10 imm: 14
	 455: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 456: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 457: MovReg dst: r9 src: r1
	 458: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 459: MovReg dst: r1 src: r9
	 460: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 461: SubReg dst: r1 src: r2
	 462: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 463: MovReg dst: r2 src: r1
	 464: AddImm dst: r2 imm: 16
	 465: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 466: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 467: AddReg dst: r1 src: r8
	 468: AddImm dst: r1 imm: 180992
	 469: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 470: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 471: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 472: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 473: Ja off: -1 <frame_got_28>
frame_read_27:
	 474: MovReg dst: r1 src: r8
	 475: AddImm dst: r1 imm: 64
	 476: MovImm dst: r2 imm: 16
	 477: MovReg dst: r3 src: r9
	 478: Call FnProbeReadUser
	 479: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 480: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 481: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 482: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 483: StMemH dst: r7 src: r0 off: 10 imm: 15
	 484: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 485: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 486: MovReg dst: r9 src: r1
	 487: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 488: MovReg dst: r1 src: r9
	 489: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 490: SubReg dst: r1 src: r2
	 491: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 492: MovReg dst: r2 src: r1
	 493: AddImm dst: r2 imm: 16
	 494: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 495: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 496: AddReg dst: r1 src: r8
	 497: AddImm dst: r1 imm: 180992
	 498: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 499: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 500: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 501: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 502: Ja off: -1 <frame_got_30>
frame_read_29:
	 503: MovReg dst: r1 src: r8
	 504: AddImm dst: r1 imm: 64
	 505: MovImm dst: r2 imm: 16
	 506: MovReg dst: r3 src: r9
	 507: Call FnProbeReadUser
	 508: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 509: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 510: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 511: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 512: StMemH dst: r7 src: r0 off: 10 imm: 16
	 513: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 514: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 515: MovReg dst: r9 src: r1
	 516: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 517: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 518: OrImm dst: r1 imm: 2
	 519: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 520: MovReg dst: r9 src: r7
	 521: AddImm dst: r9 imm: 168
	 522: StMemW dst: r9 src: r0 off: 0 imm: 7
	 523: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 524: StMemW dst: r9 src: r0 off: 4 imm: 0
	 525: StMemW dst: r9 src: r0 off: 16 imm: 8
	 526: StMemW dst: r9 src: r0 off: 20 imm: 8
	 527: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 528: MovReg dst: r1 src: r9
	 529: AddImm dst: r1 imm: 24
	 530: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 531: MovImm dst: r9 imm: 0
	 532: LdXMemDW dst: r1 src: r7 off: 192 imm: 0
	 533: JEqImm dst: r1 off: -1 imm: 0 <root_unqueued_31>
	 534: MovImm dst: r3 imm: 1
	 535: MovReg dst: r2 src: r9
	 536: LShImm dst: r2 imm: 5
	 537: AddReg dst: r2 src: r8
	 538: StXMemDW dst: r2 src: r1 off: 512 imm: 0
	 539: StMemW dst: r2 src: r0 off: 520 imm: 4
	 540: StXMemW dst: r2 src: r3 off: 524 imm: 0
	 541: StMemW dst: r2 src: r0 off: 528 imm: 1
	 542: StMemW dst: r2 src: r0 off: 532 imm: 0
	 543: StMemW dst: r2 src: r0 off: 536 imm: 0
	 544: AddImm dst: r9 imm: 1
root_unqueued_31:
	 545: StXMemW dst: r8 src: r9 off: 24 imm: 0
	 546: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	 547: MovImm dst: r1 imm: 16384
	 548: LdImmDW dst: r2 imm: -1 <step>
	 550: MovReg dst: r3 src: rfp
	 551: AddImm dst: r3 imm: -48
	 552: MovImm dst: r4 imm: 0
	 553: Call FnLoop
	 554: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	 555: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	 556: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	 557: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	 558: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	 559: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 560: OrImm dst: r1 imm: 1
	 561: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	 562: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 563: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 564: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 565: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 566: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 567: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 568: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 569: MovImm dst: r4 imm: 1
	 570: AndImm dst: r1 imm: 15
	 571: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 572: LoadMapPtr dst: r1 fd: 7
	 574: MovImm dst: r2 imm: 0
	 575: Call FnRingbufQuery
	 576: MovImm dst: r4 imm: 1
	 577: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 578: MovImm dst: r4 imm: 2
wake_chosen:
	 579: LoadMapPtr dst: r1 fd: 7
	 581: MovReg dst: r2 src: r7
	 582: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 583: AndImm dst: r3 imm: 65535
	 584: Call FnRingbufOutput
	 585: StMemW dst: r8 src: r0 off: 0 imm: 0
	 586: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 587: MovImm dst: r1 imm: 2
	 588: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 589: LoadMapPtr dst: r1 fd: 8
	 591: MovReg dst: r2 src: rfp
	 592: AddImm dst: r2 imm: -8
	 593: Call FnMapLookupElem
	 594: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 595: MovImm dst: r1 imm: 1
	 596: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 597: MovImm dst: r0 imm: 0
	 598: Exit
step:
	 599: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 600: StMemDW dst: rfp src: r0 off: -32 imm: 0
step_next:
	 601: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 602: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	 603: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	 604: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 605: LoadMapPtr dst: r1 fd: 4
	 607: MovReg dst: r2 src: rfp
	 608: AddImm dst: r2 imm: -8
	 609: Call FnMapLookupElem
	 610: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	 611: MovReg dst: r7 src: r0
scan_next:
	 612: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	 613: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	 614: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	 615: MovReg dst: r8 src: r1
	 616: AndImm dst: r8 imm: 63
	 617: LShImm dst: r8 imm: 4
	 618: AddReg dst: r8 src: r7
	 619: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	 620: AndImm dst: r9 imm: 65535
	 621: AddImm dst: r1 imm: 1
	 622: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	 623: StXMemW dst: r6 src: r1 off: 44 imm: 0
	 624: Ja off: -1 <slot_ready>
last_slot:
	 625: StMemW dst: r6 src: r0 off: 44 imm: 0
	 626: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	 627: SubImm dst: r1 imm: 1
	 628: StXMemW dst: r6 src: r1 off: 40 imm: 0
	 629: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 630: AddReg dst: r2 src: r9
	 631: StXMemW dst: r6 src: r2 off: 32 imm: 0
	 632: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	 633: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	 634: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	 635: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	 636: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	 637: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	 638: AddReg dst: r2 src: r3
	 639: AddReg dst: r2 src: r9
	 640: AndImm dst: r2 imm: 65535
	 641: AddReg dst: r2 src: r6
	 642: AddImm dst: r2 imm: 49664
	 643: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	 644: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	 645: AndImm dst: r2 imm: 128
	 646: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	 647: Ja off: -1 <cond_ok>
cond_tophash:
	 648: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	 649: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	 650: AddReg dst: r1 src: r9
	 651: AndImm dst: r1 imm: 65535
	 652: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	 653: MovReg dst: r2 src: r3
	 654: SubImm dst: r2 imm: 2
	 655: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	 656: MovReg dst: r2 src: r1
	 657: AddImm dst: r2 imm: 16
	 658: Ja off: -1 <slot_width>
one_word:
	 659: MovReg dst: r2 src: r1
	 660: AddImm dst: r2 imm: 8
slot_width:
	 661: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	 662: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	 663: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 664: MovReg dst: r2 src: r1
	 665: AndImm dst: r2 imm: 65535
	 666: AddReg dst: r2 src: r6
	 667: AddImm dst: r2 imm: 49664
	 668: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	 669: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	 670: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 671: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	 672: LdXMemDW dst: r5 src: rfp off: -32 imm: 0
	 673: AddImm dst: r5 imm: 1
	 674: StXMemDW dst: rfp src: r5 off: -32 imm: 0
	 675: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	 676: Ja off: -1 <ret0>
slot_dispatch:
	 677: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	 678: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	 679: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	 680: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	 681: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 682: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	 683: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	 684: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	 685: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	 686: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	 687: Ja off: -1 <ret0>
s_pointer:
	 688: Ja off: -1 <s_map>
s_map:
	 689: MovReg dst: r2 src: r1
	 690: AndImm dst: r2 imm: 65535
	 691: AddReg dst: r2 src: r6
	 692: AddImm dst: r2 imm: 49664
	 693: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 694: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 695: MovImm dst: r3 imm: 1
	 696: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	 697: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 698: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	 699: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	 700: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 701: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 702: AddReg dst: r4 src: r0
	 703: JGTImm dst: r4 off: -1 imm: 3 <pushed_32>
	 704: JEqImm dst: r1 off: -1 imm: 0 <pushed_32>
	 705: JEqImm dst: r3 off: -1 imm: 0 <pushed_32>
	 706: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 707: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 708: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 709: NegImm dst: r1 imm: 0
	 710: AddReg dst: r1 src: r0
	 711: JLTImm dst: r1 off: -1 imm: 512 <push_ok_33>
	 712: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 713: OrImm dst: r1 imm: 1
	 714: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 715: Ja off: -1 <pushed_32>
push_ok_33:
	 716: MovReg dst: r1 src: r0
	 717: AddImm dst: r1 imm: 1
	 718: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 719: AndImm dst: r0 imm: 511
	 720: LShImm dst: r0 imm: 5
	 721: AddReg dst: r0 src: r6
	 722: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 723: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 724: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 725: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 726: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 727: StMemW dst: r0 src: r0 off: 532 imm: 0
	 728: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_32:
	 729: Ja off: -1 <ret0>
s_string:
	 730: MovReg dst: r3 src: r1
	 731: AndImm dst: r3 imm: 65535
	 732: AddReg dst: r3 src: r6
	 733: AddImm dst: r3 imm: 49664
	 734: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	 735: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	 736: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	 737: MovImm dst: r4 imm: 255
str_capped:
	 738: MovReg dst: r1 src: r6
	 739: MovImm dst: r3 imm: 2
	 740: MovImm dst: r5 imm: 1
	 741: Call -1 <read_item>
	 742: Ja off: -1 <ret0>
s_slice:
	 743: MovReg dst: r2 src: r1
	 744: AndImm dst: r2 imm: 65535
	 745: AddReg dst: r2 src: r6
	 746: AddImm dst: r2 imm: 49664
	 747: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 748: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	 749: JLEImm dst: r3 off: -1 imm: 100 <cap_34>
	 750: MovImm dst: r3 imm: 100
cap_34:
	 751: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 752: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 753: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 754: AddReg dst: r4 src: r0
	 755: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 756: JGTImm dst: r4 off: -1 imm: 3 <pushed_35>
	 757: JEqImm dst: r1 off: -1 imm: 0 <pushed_35>
	 758: JEqImm dst: r3 off: -1 imm: 0 <pushed_35>
	 759: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 760: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 761: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 762: NegImm dst: r1 imm: 0
	 763: AddReg dst: r1 src: r0
	 764: JLTImm dst: r1 off: -1 imm: 512 <push_ok_36>
	 765: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 766: OrImm dst: r1 imm: 1
	 767: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 768: Ja off: -1 <pushed_35>
push_ok_36:
	 769: MovReg dst: r1 src: r0
	 770: AddImm dst: r1 imm: 1
	 771: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 772: AndImm dst: r0 imm: 511
	 773: LShImm dst: r0 imm: 5
	 774: AddReg dst: r0 src: r6
	 775: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 776: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 777: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 778: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 779: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 780: StMemW dst: r0 src: r0 off: 532 imm: 0
	 781: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_35:
	 782: Ja off: -1 <ret0>
s_inline:
	 783: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 784: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	 785: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 786: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 787: JEqImm dst: r3 off: -1 imm: 0 <pushed_37>
	 788: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 789: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 790: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 791: NegImm dst: r1 imm: 0
	 792: AddReg dst: r1 src: r0
	 793: JLTImm dst: r1 off: -1 imm: 512 <push_ok_38>
	 794: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 795: OrImm dst: r1 imm: 1
	 796: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 797: Ja off: -1 <pushed_37>
push_ok_38:
	 798: MovReg dst: r1 src: r0
	 799: AddImm dst: r1 imm: 1
	 800: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 801: AndImm dst: r0 imm: 511
	 802: LShImm dst: r0 imm: 5
	 803: AddReg dst: r0 src: r6
	 804: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 805: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 806: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 807: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 808: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 809: StMemW dst: r0 src: r0 off: 532 imm: 1
	 810: StXMemW dst: r0 src: r5 off: 536 imm: 0
	 811: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	 812: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_37:
	 813: Ja off: -1 <ret0>
s_swiss_dir:
	 814: MovReg dst: r8 src: r1
	 815: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 816: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 817: LoadMapPtr dst: r1 fd: 4
	 819: MovReg dst: r2 src: rfp
	 820: AddImm dst: r2 imm: -8
	 821: Call FnMapLookupElem
	 822: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 823: MovReg dst: r7 src: r0
	 824: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	 825: AddReg dst: r3 src: r9
	 826: AndImm dst: r3 imm: 65535
	 827: AddReg dst: r3 src: r6
	 828: AddImm dst: r3 imm: 49664
	 829: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 830: MovReg dst: r1 src: r8
	 831: AndImm dst: r1 imm: 65535
	 832: AddReg dst: r1 src: r6
	 833: AddImm dst: r1 imm: 49664
	 834: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 835: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 836: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 837: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	 838: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 839: MovImm dst: r3 imm: 1
	 840: JGTImm dst: r4 off: -1 imm: 3 <pushed_39>
	 841: JEqImm dst: r1 off: -1 imm: 0 <pushed_39>
	 842: JEqImm dst: r3 off: -1 imm: 0 <pushed_39>
	 843: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 844: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 845: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 846: NegImm dst: r1 imm: 0
	 847: AddReg dst: r1 src: r0
	 848: JLTImm dst: r1 off: -1 imm: 512 <push_ok_40>
	 849: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 850: OrImm dst: r1 imm: 1
	 851: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 852: Ja off: -1 <pushed_39>
push_ok_40:
	 853: MovReg dst: r1 src: r0
	 854: AddImm dst: r1 imm: 1
	 855: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 856: AndImm dst: r0 imm: 511
	 857: LShImm dst: r0 imm: 5
	 858: AddReg dst: r0 src: r6
	 859: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 860: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 861: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 862: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 863: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 864: StMemW dst: r0 src: r0 off: 532 imm: 0
	 865: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_39:
	 866: Ja off: -1 <ret0>
swiss_tables:
	 867: JLEImm dst: r3 off: -1 imm: 65535 <cap_41>
	 868: MovImm dst: r3 imm: 65535
cap_41:
	 869: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	 870: JGTImm dst: r4 off: -1 imm: 3 <pushed_42>
	 871: JEqImm dst: r1 off: -1 imm: 0 <pushed_42>
	 872: JEqImm dst: r3 off: -1 imm: 0 <pushed_42>
	 873: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 874: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 875: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 876: NegImm dst: r1 imm: 0
	 877: AddReg dst: r1 src: r0
	 878: JLTImm dst: r1 off: -1 imm: 512 <push_ok_43>
	 879: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 880: OrImm dst: r1 imm: 1
	 881: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 882: Ja off: -1 <pushed_42>
push_ok_43:
	 883: MovReg dst: r1 src: r0
	 884: AddImm dst: r1 imm: 1
	 885: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 886: AndImm dst: r0 imm: 511
	 887: LShImm dst: r0 imm: 5
	 888: AddReg dst: r0 src: r6
	 889: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 890: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 891: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 892: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 893: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 894: StMemW dst: r0 src: r0 off: 532 imm: 0
	 895: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_42:
	 896: Ja off: -1 <ret0>
s_swiss_groups:
	 897: MovReg dst: r8 src: r1
	 898: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 899: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 900: LoadMapPtr dst: r1 fd: 4
	 902: MovReg dst: r2 src: rfp
	 903: AddImm dst: r2 imm: -8
	 904: Call FnMapLookupElem
	 905: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 906: MovReg dst: r7 src: r0
	 907: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	 908: AddReg dst: r3 src: r9
	 909: AndImm dst: r3 imm: 65535
	 910: AddReg dst: r3 src: r6
	 911: AddImm dst: r3 imm: 49664
	 912: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 913: JLEImm dst: r3 off: -1 imm: 65534 <cap_44>
	 914: MovImm dst: r3 imm: 65534
cap_44:
	 915: AddImm dst: r3 imm: 1
	 916: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	 917: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	 918: AddReg dst: r2 src: r9
	 919: AndImm dst: r2 imm: 65535
	 920: AddReg dst: r2 src: r6
	 921: AddImm dst: r2 imm: 49664
	 922: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	 923: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	 924: MovReg dst: r0 src: r3
	 925: MulImm dst: r0 imm: 200
	 926: AddReg dst: r0 src: r2
	 927: SubImm dst: r0 imm: 1
	 928: DivReg dst: r0 src: r2
	 929: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	 930: MovReg dst: r3 src: r0
groups_counted:
	 931: MovReg dst: r1 src: r8
	 932: AndImm dst: r1 imm: 65535
	 933: AddReg dst: r1 src: r6
	 934: AddImm dst: r1 imm: 49664
	 935: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 936: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 937: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 938: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 939: JGTImm dst: r4 off: -1 imm: 3 <pushed_45>
	 940: JEqImm dst: r1 off: -1 imm: 0 <pushed_45>
	 941: JEqImm dst: r3 off: -1 imm: 0 <pushed_45>
	 942: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 943: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 944: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 945: NegImm dst: r1 imm: 0
	 946: AddReg dst: r1 src: r0
	 947: JLTImm dst: r1 off: -1 imm: 512 <push_ok_46>
	 948: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 949: OrImm dst: r1 imm: 1
	 950: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 951: Ja off: -1 <pushed_45>
push_ok_46:
	 952: MovReg dst: r1 src: r0
	 953: AddImm dst: r1 imm: 1
	 954: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 955: AndImm dst: r0 imm: 511
	 956: LShImm dst: r0 imm: 5
	 957: AddReg dst: r0 src: r6
	 958: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 959: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 960: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 961: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 962: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 963: StMemW dst: r0 src: r0 off: 532 imm: 0
	 964: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_45:
	 965: Ja off: -1 <ret0>
s_hmap_buckets:
	 966: MovReg dst: r8 src: r1
	 967: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 968: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 969: LoadMapPtr dst: r1 fd: 4
	 971: MovReg dst: r2 src: rfp
	 972: AddImm dst: r2 imm: -8
	 973: Call FnMapLookupElem
	 974: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 975: MovReg dst: r7 src: r0
	 976: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	 977: AddReg dst: r0 src: r9
	 978: AndImm dst: r0 imm: 65535
	 979: AddReg dst: r0 src: r6
	 980: AddImm dst: r0 imm: 49664
	 981: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	 982: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	 983: MovImm dst: r0 imm: 16
hmap_b:
	 984: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	 985: MovImm dst: r3 imm: 1
	 986: LShReg dst: r3 src: r0
	 987: MovReg dst: r1 src: r8
	 988: AndImm dst: r1 imm: 65535
	 989: AddReg dst: r1 src: r6
	 990: AddImm dst: r1 imm: 49664
	 991: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 992: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	 993: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 994: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 995: JGTImm dst: r4 off: -1 imm: 3 <pushed_47>
	 996: JEqImm dst: r1 off: -1 imm: 0 <pushed_47>
	 997: JEqImm dst: r3 off: -1 imm: 0 <pushed_47>
	 998: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 999: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1000: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1001: NegImm dst: r1 imm: 0
	1002: AddReg dst: r1 src: r0
	1003: JLTImm dst: r1 off: -1 imm: 512 <push_ok_48>
	1004: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1005: OrImm dst: r1 imm: 1
	1006: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1007: Ja off: -1 <pushed_47>
push_ok_48:
	1008: MovReg dst: r1 src: r0
	1009: AddImm dst: r1 imm: 1
	1010: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1011: AndImm dst: r0 imm: 511
	1012: LShImm dst: r0 imm: 5
	1013: AddReg dst: r0 src: r6
	1014: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1015: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1016: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1017: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1018: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1019: StMemW dst: r0 src: r0 off: 532 imm: 0
	1020: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_47:
	1021: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1022: AddReg dst: r1 src: r9
	1023: AndImm dst: r1 imm: 65535
	1024: AddReg dst: r1 src: r6
	1025: AddImm dst: r1 imm: 49664
	1026: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1027: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1028: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1029: SubImm dst: r0 imm: 1
	1030: MovImm dst: r3 imm: 1
	1031: LShReg dst: r3 src: r0
	1032: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1033: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1034: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1035: JGTImm dst: r4 off: -1 imm: 3 <pushed_49>
	1036: JEqImm dst: r1 off: -1 imm: 0 <pushed_49>
	1037: JEqImm dst: r3 off: -1 imm: 0 <pushed_49>
	1038: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1039: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1040: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1041: NegImm dst: r1 imm: 0
	1042: AddReg dst: r1 src: r0
	1043: JLTImm dst: r1 off: -1 imm: 512 <push_ok_50>
	1044: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1045: OrImm dst: r1 imm: 1
	1046: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1047: Ja off: -1 <pushed_49>
push_ok_50:
	1048: MovReg dst: r1 src: r0
	1049: AddImm dst: r1 imm: 1
	1050: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1051: AndImm dst: r0 imm: 511
	1052: LShImm dst: r0 imm: 5
	1053: AddReg dst: r0 src: r6
	1054: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1055: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1056: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1057: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1058: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1059: StMemW dst: r0 src: r0 off: 532 imm: 0
	1060: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_49:
	1061: Ja off: -1 <ret0>
s_iface:
	1062: MovReg dst: r9 src: r1
	1063: MovReg dst: r2 src: r1
	1064: AndImm dst: r2 imm: 65535
	1065: AddReg dst: r2 src: r6
	1066: AddImm dst: r2 imm: 49664
	1067: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1068: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1069: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1070: MovReg dst: r1 src: r6
	1071: MovImm dst: r3 imm: 20
	1072: MovImm dst: r4 imm: 1
	1073: MovImm dst: r5 imm: 0
	1074: Call -1 <read_item>
	1075: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1076: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1077: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1078: MovReg dst: r1 src: r0
	1079: AndImm dst: r1 imm: 65535
	1080: AddReg dst: r1 src: r6
	1081: AddImm dst: r1 imm: 49664
	1082: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1083: Ja off: -1 <iface_type>
itab_reread:
	1084: MovReg dst: r1 src: rfp
	1085: AddImm dst: r1 imm: -8
	1086: MovImm dst: r2 imm: 8
	1087: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1088: AddImm dst: r3 imm: 8
	1089: Call FnProbeReadUser
	1090: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1091: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1092: Ja off: -1 <iface_type>
s_eface:
	1093: MovReg dst: r9 src: r1
	1094: MovReg dst: r2 src: r1
	1095: AndImm dst: r2 imm: 65535
	1096: AddReg dst: r2 src: r6
	1097: AddImm dst: r2 imm: 49664
	1098: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1099: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1100: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1101: LoadMapPtr dst: r1 fd: 5
	1103: MovReg dst: r2 src: rfp
	1104: AddImm dst: r2 imm: -8
	1105: Call FnMapLookupElem
	1106: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1107: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1108: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1109: MovImm dst: r3 imm: 1
	1110: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1111: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1112: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1113: MovReg dst: r1 src: r9
	1114: AndImm dst: r1 imm: 65535
	1115: AddReg dst: r1 src: r6
	1116: AddImm dst: r1 imm: 49664
	1117: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1118: AddImm dst: r4 imm: 1
	1119: JGTImm dst: r4 off: -1 imm: 3 <pushed_51>
	1120: JEqImm dst: r1 off: -1 imm: 0 <pushed_51>
	1121: JEqImm dst: r3 off: -1 imm: 0 <pushed_51>
	1122: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1123: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1124: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1125: NegImm dst: r1 imm: 0
	1126: AddReg dst: r1 src: r0
	1127: JLTImm dst: r1 off: -1 imm: 512 <push_ok_52>
	1128: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1129: OrImm dst: r1 imm: 1
	1130: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1131: Ja off: -1 <pushed_51>
push_ok_52:
	1132: MovReg dst: r1 src: r0
	1133: AddImm dst: r1 imm: 1
	1134: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1135: AndImm dst: r0 imm: 511
	1136: LShImm dst: r0 imm: 5
	1137: AddReg dst: r0 src: r6
	1138: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1139: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1140: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1141: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1142: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1143: StMemW dst: r0 src: r0 off: 532 imm: 0
	1144: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_51:
	1145: Ja off: -1 <ret0>
iface_direct:
	1146: MovReg dst: r1 src: r9
	1147: AddImm dst: r1 imm: 8
	1148: JEqImm dst: r3 off: -1 imm: 0 <pushed_53>
	1149: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1150: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1151: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1152: NegImm dst: r1 imm: 0
	1153: AddReg dst: r1 src: r0
	1154: JLTImm dst: r1 off: -1 imm: 512 <push_ok_54>
	1155: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1156: OrImm dst: r1 imm: 1
	1157: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1158: Ja off: -1 <pushed_53>
push_ok_54:
	1159: MovReg dst: r1 src: r0
	1160: AddImm dst: r1 imm: 1
	1161: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1162: AndImm dst: r0 imm: 511
	1163: LShImm dst: r0 imm: 5
	1164: AddReg dst: r0 src: r6
	1165: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1166: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1167: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1168: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1169: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1170: StMemW dst: r0 src: r0 off: 532 imm: 1
	1171: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1172: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1173: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_53:
	1174: Ja off: -1 <ret0>
scan_end:
	1175: StMemW dst: r6 src: r0 off: 28 imm: 0
	1176: Ja off: -1 <ret0>
pop:
	1177: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1178: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1179: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1180: MovImm dst: r0 imm: 1
	1181: Exit
have_task:
	1182: MovReg dst: r2 src: r1
	1183: AddImm dst: r2 imm: 1
	1184: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1185: MovReg dst: r8 src: r1
	1186: AndImm dst: r8 imm: 511
	1187: LShImm dst: r8 imm: 5
	1188: AddReg dst: r8 src: r6
	1189: AddImm dst: r8 imm: 512
	1190: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1191: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1192: LoadMapPtr dst: r1 fd: 4
	1194: MovReg dst: r2 src: rfp
	1195: AddImm dst: r2 imm: -8
	1196: Call FnMapLookupElem
	1197: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1198: MovReg dst: r7 src: r0
	1199: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1200: JEqImm dst: r1 off: -1 imm: 0 <read>
	1201: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1202: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1203: Ja off: -1 <start_scan>
read:
	1204: MovReg dst: r1 src: r6
	1205: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1206: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1207: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1208: MovImm dst: r5 imm: 1
	1209: Call -1 <read_item>
	1210: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1211: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1212: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1213: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1214: AddReg dst: r2 src: r0
	1215: MovReg dst: r1 src: r0
start_scan:
	1216: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1217: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1218: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1219: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1220: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1221: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1222: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1223: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1224: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1225: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1226: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1227: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1228: StMemW dst: r6 src: r0 off: 44 imm: 0
	1229: StMemW dst: r6 src: r0 off: 28 imm: 1
	1230: Ja off: -1 <scan>
ret0:
	1231: LdXMemDW dst: r5 src: rfp off: -32 imm: 0
	1232: AddImm dst: r5 imm: 2
	1233: StXMemDW dst: rfp src: r5 off: -32 imm: 0
	1234: JLTImm dst: r5 off: -1 imm: 32 <step_next>
	1235: MovImm dst: r0 imm: 0
	1236: Exit
read_item:
	1237: MovReg dst: r6 src: r1
	1238: MovReg dst: r9 src: r2
	1239: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1240: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1241: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1242: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1243: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1244: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1245: LoadMapPtr dst: r1 fd: 4
	1247: MovReg dst: r2 src: rfp
	1248: AddImm dst: r2 imm: -8
	1249: Call FnMapLookupElem
	1250: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1251: MovReg dst: r7 src: r0
	1252: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1253: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1254: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1255: MulReg dst: r1 src: r2
	1256: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1257: MovImm dst: r1 imm: 65535
ri_asked:
	1258: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1259: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1260: MovReg dst: r3 src: r2
	1261: LShImm dst: r3 imm: 40
	1262: MovReg dst: r1 src: r9
	1263: XorReg dst: r1 src: r3
	1264: LdImmDW dst: r3 imm: -7046029254386353131
	1266: MulReg dst: r1 src: r3
	1267: RShImm dst: r1 imm: 54
	1268: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1269: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1270: MovReg dst: r4 src: r1
	1271: AddImm dst: r4 imm: 0
	1272: AndImm dst: r4 imm: 1023
	1273: LShImm dst: r4 imm: 5
	1274: AddReg dst: r4 src: r6
	1275: AddImm dst: r4 imm: 16896
	1276: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1277: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1278: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1279: JNEReg dst: r5 off: -1 src: r9 <dedup_next_55>
	1280: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1281: JNEReg dst: r5 off: -1 src: r2 <dedup_next_55>
	1282: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1283: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1284: Ja off: -1 <dedup_insert>
dedup_next_55:
	1285: MovReg dst: r4 src: r1
	1286: AddImm dst: r4 imm: 1
	1287: AndImm dst: r4 imm: 1023
	1288: LShImm dst: r4 imm: 5
	1289: AddReg dst: r4 src: r6
	1290: AddImm dst: r4 imm: 16896
	1291: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1292: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1293: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1294: JNEReg dst: r5 off: -1 src: r9 <dedup_next_56>
	1295: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1296: JNEReg dst: r5 off: -1 src: r2 <dedup_next_56>
	1297: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1298: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1299: Ja off: -1 <dedup_insert>
dedup_next_56:
	1300: MovReg dst: r4 src: r1
	1301: AddImm dst: r4 imm: 2
	1302: AndImm dst: r4 imm: 1023
	1303: LShImm dst: r4 imm: 5
	1304: AddReg dst: r4 src: r6
	1305: AddImm dst: r4 imm: 16896
	1306: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1307: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1308: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1309: JNEReg dst: r5 off: -1 src: r9 <dedup_next_57>
	1310: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1311: JNEReg dst: r5 off: -1 src: r2 <dedup_next_57>
	1312: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1313: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1314: Ja off: -1 <dedup_insert>
dedup_next_57:
	1315: MovReg dst: r4 src: r1
	1316: AddImm dst: r4 imm: 3
	1317: AndImm dst: r4 imm: 1023
	1318: LShImm dst: r4 imm: 5
	1319: AddReg dst: r4 src: r6
	1320: AddImm dst: r4 imm: 16896
	1321: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1322: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1323: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1324: JNEReg dst: r5 off: -1 src: r9 <dedup_next_58>
	1325: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1326: JNEReg dst: r5 off: -1 src: r2 <dedup_next_58>
	1327: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1328: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1329: Ja off: -1 <dedup_insert>
dedup_next_58:
	1330: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1331: OrImm dst: r1 imm: 1
	1332: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1333: Ja off: -1 <ri_none>
dedup_insert:
	1334: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1335: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1336: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1337: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1338: MovImm dst: r1 imm: 4200
	1339: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1340: SubReg dst: r1 src: r2
	1341: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1342: JSGTReg dst: r3 off: -1 src: r1 <ri_cut>
	1343: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1344: StXMemW dst: r6 src: r2 off: 84 imm: 0
	1345: Ja off: -1 <ri_prefix>
ri_cut:
	1346: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1347: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1348: AndImm dst: r1 imm: -8
	1349: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1350: MovReg dst: r3 src: r1
	1351: StMemW dst: r6 src: r0 off: 84 imm: 1
	1352: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1353: OrImm dst: r1 imm: 1
	1354: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1355: Ja off: -1 <ri_prefix>
ri_no_room:
	1356: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1357: OrImm dst: r1 imm: 1
	1358: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1359: Ja off: -1 <ri_none>
ri_room:
	1360: DivReg dst: r1 src: r2
	1361: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1362: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1363: MovReg dst: r3 src: r1
	1364: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1365: OrImm dst: r1 imm: 1
	1366: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1367: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1368: MulReg dst: r3 src: r2
ri_prefix:
	1369: AndImm dst: r3 imm: 65535
	1370: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1371: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1372: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1373: AndImm dst: r1 imm: 65535
	1374: AddReg dst: r1 src: r6
	1375: AddImm dst: r1 imm: 49664
	1376: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1377: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1378: StMemW dst: r1 src: r0 off: 4 imm: 0
	1379: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1380: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1381: MovReg dst: r2 src: r3
	1382: AddImm dst: r2 imm: 7
	1383: AndImm dst: r2 imm: -8
	1384: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1385: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1386: AddImm dst: r2 imm: 1
	1387: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1388: AddImm dst: r1 imm: 24
	1389: MovReg dst: r2 src: r3
	1390: MovReg dst: r3 src: r9
	1391: Call FnProbeReadUser
	1392: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1393: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1394: AndImm dst: r1 imm: 65535
	1395: AddReg dst: r1 src: r6
	1396: AddImm dst: r1 imm: 49664
	1397: StMemW dst: r1 src: r0 off: 4 imm: 1
	1398: StMemW dst: r1 src: r0 off: 16 imm: 0
	1399: StMemW dst: r1 src: r0 off: 20 imm: 0
	1400: MovImm dst: r2 imm: 0
	1401: Ja off: -1 <ri_advance>
ri_read:
	1402: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1403: AddImm dst: r2 imm: 7
	1404: AndImm dst: r2 imm: -8
ri_advance:
	1405: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1406: AddImm dst: r1 imm: 24
	1407: MovReg dst: r0 src: r1
	1408: AddReg dst: r1 src: r2
	1409: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1410: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1411: AddImm dst: r1 imm: 24
	1412: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1413: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1414: AddReg dst: r1 src: r2
	1415: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1416: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1417: Exit
ri_static:
	1418: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1419: AndImm dst: r1 imm: 65535
	1420: AddReg dst: r1 src: r6
	1421: AddImm dst: r1 imm: 49664
	1422: StMemW dst: r1 src: r0 off: 4 imm: 128
	1423: StMemW dst: r1 src: r0 off: 20 imm: 0
	1424: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1425: AddImm dst: r1 imm: 24
	1426: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1427: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1428: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1429: AddImm dst: r2 imm: 31
	1430: AndImm dst: r2 imm: -8
	1431: AddReg dst: r1 src: r2
	1432: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1433: MovImm dst: r0 imm: -1
	1434: Exit
