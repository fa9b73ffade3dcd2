/**
 * Language models from Java: tokenizers, sentence embeddings, semantic search, a tiny GPT to
 * train and sample, and a client for chat models.
 *
 * <ul>
 *   <li>Tokenizers ({@link dev.atj.llm.Tokenizer}): {@link dev.atj.llm.CharTokenizer} (one token
 *       per character), {@link dev.atj.llm.Gpt2Tokenizer} (GPT-2's byte-level BPE) and
 *       {@link dev.atj.llm.HfTokenizer} (any Hugging Face {@code tokenizer.json}, run offline by
 *       the Rust tokenizers library through DJL).</li>
 *   <li>Meaning as vectors: {@link dev.atj.llm.SentenceEmbedder} runs all-MiniLM-L6-v2 (bundled)
 *       or any sentence-transformers ONNX export with ONNX Runtime;
 *       {@link dev.atj.llm.Similarity#cosine} compares vectors; {@link dev.atj.llm.SemanticIndex}
 *       finds the texts closest to a query.</li>
 *   <li>A tiny GPT: {@link dev.atj.llm.GptConfig}, {@link dev.atj.llm.GptModel},
 *       {@link dev.atj.llm.GptTrainer} and {@link dev.atj.llm.GenerationOptions}, a decoder-only
 *       transformer built from DJL blocks that trains on a novel on a CPU in a minute and writes
 *       text with temperature, top-k, top-p and a seed.</li>
 *   <li>Chat: {@link dev.atj.llm.ChatClient} talks to OpenAI-compatible servers (OpenAI, Ollama,
 *       llama.cpp's server, vLLM); start with {@link dev.atj.llm.ChatClient#fromEnvironment()}.
 *       {@link dev.atj.llm.Rag} grounds its answers in passages found by a
 *       {@link dev.atj.llm.SemanticIndex}.</li>
 * </ul>
 */
package dev.atj.llm;
