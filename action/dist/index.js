import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{enableCompileCache as a}from"node:module";try{a()}catch{}var{run:t}=await import("./chunks/main-GFR22PWD.js");await t();
