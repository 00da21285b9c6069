import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{enableCompileCache as a}from"node:module";try{a()}catch{}var{run:t}=await import("./chunks/main-RRIZVNDS.js");await t();
