const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{b as a,c as t}from"./chunks/chunk-LRULCGAZ.js";import"./chunks/chunk-XHV7XE2Y.js";t();try{a()}catch{}var{run:i}=await import("./chunks/main-5KRLZR6Y.js");await i();
