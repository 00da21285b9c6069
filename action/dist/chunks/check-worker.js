const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{c as o}from"./chunk-3BKCD4CI.js";import{b as e,d as c}from"./chunk-CHCF2J4P.js";import"./chunk-XHV7XE2Y.js";c();var{compileCache:a}=o;if(a!==void 0)try{e(a)}catch{}var{serveCheck:i}=await import("./check-workers-5UPOQVEA.js");i();
