const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{c as o}from"./chunk-CD2FZPMD.js";import{b as e,d as c}from"./chunk-LOWJG6K5.js";import"./chunk-XHV7XE2Y.js";c();var{compileCache:a}=o;if(a!==void 0)try{e(a)}catch{}var{serveCheck:i}=await import("./check-workers-QJR2OJH6.js");i();
