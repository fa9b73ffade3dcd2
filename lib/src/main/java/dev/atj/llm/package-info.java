/**
 * A small client for OpenAI-compatible chat-completions servers (OpenAI itself, Ollama,
 * llama.cpp's server, vLLM and others that speak the same JSON). Start with
 * {@link dev.atj.llm.ChatClient#fromEnvironment()}.
 */
package dev.atj.llm;
