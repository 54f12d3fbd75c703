console.log("kith");
