console.log("relecture");
