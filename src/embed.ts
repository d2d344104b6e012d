// Entry of embed.html (issue 3 builds the embed view).
export {};
